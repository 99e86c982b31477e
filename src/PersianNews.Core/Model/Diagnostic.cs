namespace PersianNews.Core;

/// <summary>
/// Something the lenient parser noticed: page clutter it removed, a quote that never closed, a date that cannot exist.
/// The parser never throws on text; it reports these instead, each with the span of the original input it concerns.
/// </summary>
/// <param name="Code">What happened; stable across versions and meant for programs.</param>
/// <param name="Severity">How serious it is.</param>
/// <param name="Message">An English explanation meant for people.</param>
/// <param name="Start">0-based UTF-16 offset into the original input.</param>
/// <param name="Length">Length in UTF-16 code units.</param>
public sealed record Diagnostic(DiagnosticCode Code, DiagnosticSeverity Severity, string Message, int Start, int Length)
{
    /// <summary>The span of the original input the diagnostic concerns.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public TextSpan Span => new(Start, Length);
}
