using System.Security.Cryptography;
using EditLint.Text;

namespace EditLint.Tests.Text;

// The fingerprints' SHA-256 is written here rather than taken from OpenSSL: it must give the standard digest.
public sealed class Sha256Tests
{
    [Fact]
    public void Digest_of_abc_is_the_standard_s_example() =>
        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Convert.ToHexStringLower(Sha256.HashData("abc"u8)));

    // Every length up to five blocks (each padding case: the length fitting in the last block or needing one more), and
    // some long ones, of seeded random bytes.
    [Fact]
    public void Digest_equals_the_framework_s_for_every_length_around_the_block_edges()
    {
        var random = new Random(4141);
        var lengths = Enumerable.Range(0, 321).Concat([1000, 4095, 4096, 4097, 65_537, 1 << 20]);
        foreach (var length in lengths)
        {
            var data = new byte[length];
            random.NextBytes(data);
            Assert.Equal(SHA256.HashData(data), Sha256.HashData(data));
        }
    }

    [Fact]
    public void Digest_is_written_into_a_span_as_returned()
    {
        var destination = new byte[40];
        Sha256.HashData("fingerprint"u8, destination);
        Assert.Equal(SHA256.HashData("fingerprint"u8.ToArray()), destination[..32]);
        Assert.All(destination[32..], b => Assert.Equal(0, b));
        Assert.Throws<ArgumentOutOfRangeException>(() => Sha256.HashData("x"u8, new byte[31]));
    }

    // The constants as the standard derives them: the fractional parts of the cube roots of the first 64 primes, and of
    // the square roots of the first 8, to 32 bits.
    [Fact]
    public void Constants_are_the_fractions_of_the_primes_roots()
    {
        var primes = Enumerable.Range(2, 400).Where(n => Enumerable.Range(2, n - 2).All(d => n % d != 0)).Take(64).ToList();
        Assert.Equal(primes.Select(p => Fraction(Math.Cbrt(p))), Sha256.RoundConstants);
        Assert.Equal(primes.Take(8).Select(p => Fraction(Math.Sqrt(p))), Sha256.InitialState);

        static uint Fraction(double root) => (uint)((root - Math.Floor(root)) * 4294967296.0);
    }
}
