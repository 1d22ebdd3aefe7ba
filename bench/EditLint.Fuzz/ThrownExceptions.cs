namespace EditLint.Fuzz;

/// <summary>
/// The stacks of exceptions thrown while a case runs. EL9001's message keeps only the exception's type and innermost
/// frame (often inside a library: NodaTime's Preconditions); the stack taken when it was thrown says which EditLint
/// code called it.
/// </summary>
internal static class ThrownExceptions
{
    private const int Keep = 50;
    private static readonly Lock Gate = new();
    private static readonly List<(string Type, string Message, string Stack)> Recent = [];

    public static void Start() => AppDomain.CurrentDomain.FirstChanceException += (_, e) =>
    {
        lock (Gate)
        {
            if (Recent.Count < Keep)
                Recent.Add((e.Exception.GetType().Name, e.Exception.Message, Environment.StackTrace));
        }
    };

    public static void Clear()
    {
        lock (Gate)
            Recent.Clear();
    }

    /// <summary>The stack of a thrown exception of this type whose message the finding quotes, EditLint frames first.</summary>
    public static (string Where, string Stack)? Find(string type, string quotedIn)
    {
        lock (Gate)
        {
            foreach (var (thrownType, message, stack) in Recent)
            {
                if (thrownType != type || !quotedIn.Contains(message, StringComparison.Ordinal))
                    continue;
                // Environment.StackTrace starts with its own frames, this handler's and the runtime's unwinding.
                var frames = stack.Split('\n').Select(l => l.TrimEnd()).SkipWhile(l => !l.Contains(" at ", StringComparison.Ordinal)
                    || l.Contains("System.Environment", StringComparison.Ordinal) || l.Contains("EditLint.Fuzz", StringComparison.Ordinal)
                    || l.Contains("System.Runtime.ExceptionServices", StringComparison.Ordinal)).ToList();
                var ours = frames.FirstOrDefault(f => f.TrimStart().StartsWith("at EditLint.", StringComparison.Ordinal) && !f.Contains("EditLint.Fuzz", StringComparison.Ordinal));
                var where = ours is null ? "?" : ours.TrimStart()[3..].Split('(')[0];
                return (where, string.Join('\n', frames.TakeWhile(f => !f.Contains("EditLint.Fuzz", StringComparison.Ordinal)).Take(20)));
            }
        }
        return null;
    }
}
