namespace EditLint.Fuzz;

/// <summary>
/// One thing a case got wrong. <see cref="Kind"/> groups failures with one cause (exception type and where it was
/// thrown, which check); <see cref="Rule"/> is the rule involved, when there is one; <see cref="Detail"/> is what a
/// person needs to start on it.
/// </summary>
internal sealed record Failure(string Kind, string Detail, string? Rule = null);
