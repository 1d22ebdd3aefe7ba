namespace EditLint.Tests.Testing;

/// <summary>Random texts drawn from a few characters, for the tests that compare a fast reader with a plain one.</summary>
internal static class RandomText
{
    /// <summary>A text of <paramref name="minLength"/> to <paramref name="maxLength"/> − 1 characters of <paramref name="characters"/>.</summary>
    public static string Of(Random random, string characters, int maxLength, int minLength = 0) =>
        new([.. Enumerable.Range(0, random.Next(minLength, maxLength)).Select(_ => characters[random.Next(characters.Length)])]);
}
