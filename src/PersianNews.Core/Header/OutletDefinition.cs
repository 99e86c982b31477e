namespace PersianNews.Core;

/// <summary>A news outlet the parser can recognize as a publisher.</summary>
/// <param name="Id">Stable lower-case id ("isna"); unique in the registry.</param>
/// <param name="Name">Canonical Persian name ("خبرگزاری دانشجویان ایران").</param>
/// <param name="Aliases">Other names and abbreviations as they are written in text ("ایسنا").</param>
/// <param name="LatinName">Latin name ("ISNA", "Tasnim News Agency"), also read where a page prints it as the outlet's
/// name (unless it is another outlet's alias), or <see langword="null"/>.</param>
/// <param name="Domain">Web domain ("isna.ir"), or <see langword="null"/>.</param>
public sealed record OutletDefinition(string Id, string Name, IReadOnlyList<string> Aliases, string? LatinName = null, string? Domain = null);
