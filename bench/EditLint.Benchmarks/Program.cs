using BenchmarkDotNet.Running;

namespace EditLint.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project bench/EditLint.Benchmarks</c> (add <c>-- --filter '*'</c> to skip the menu).
/// Not part of CI: numbers on a shared 2-core machine are for people to read, not for tests to assert.
/// </summary>
internal static class Program
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
