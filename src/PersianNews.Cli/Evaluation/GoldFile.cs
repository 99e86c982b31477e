using System.Text.Json;
using System.Text.Json.Serialization;

namespace PersianNews.Cli.Evaluation;

/// <summary>
/// One gold annotation file (the format of <c>corpus/README.md</c>): what a perfect parser returns for one article.
/// </summary>
/// <param name="File">The article's file name ("001.txt").</param>
/// <param name="Outlet">The publisher with its accepted names, or <see langword="null"/> when the text never names one.</param>
/// <param name="Sources">Credited sources.</param>
/// <param name="Date">The printed publication date in the calendar as written, or <see langword="null"/>.</param>
/// <param name="Reporters">Names in byline positions.</param>
/// <param name="Quotes">Every quote in order of appearance.</param>
/// <param name="Notes">The annotator's judgment calls.</param>
public sealed record GoldFile(
    string File,
    [property: JsonConverter(typeof(FalsyAsNullConverter<GoldOutlet>))] GoldOutlet? Outlet,
    IReadOnlyList<GoldName>? Sources,
    [property: JsonConverter(typeof(FalsyAsNullConverter<GoldDate>))] GoldDate? Date,
    IReadOnlyList<GoldName>? Reporters,
    IReadOnlyList<GoldQuote>? Quotes,
    string? Notes)
{
    /// <summary>Reads a gold file from JSON.</summary>
    /// <param name="json">The JSON text; invalid JSON or a missing <c>file</c> throws <see cref="JsonException"/>.</param>
    /// <returns>The gold answer.</returns>
    public static GoldFile Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var gold = JsonSerializer.Deserialize(json, EvaluationJsonContext.Default.GoldFile) ?? throw new JsonException("The gold JSON is null.");
        return string.IsNullOrEmpty(gold.File) ? throw new JsonException("The gold JSON has no \"file\".") : gold;
    }
}

/// <summary>The gold publisher.</summary>
/// <param name="Aliases">The names as written and other names of the same outlet.</param>
/// <param name="Evidence">The substring that names it.</param>
public sealed record GoldOutlet(IReadOnlyList<string>? Aliases, string? Evidence);

/// <summary>A gold reporter or source.</summary>
/// <param name="Name">The name as written.</param>
/// <param name="Evidence">The substring it was found in.</param>
public sealed record GoldName(string? Name, string? Evidence);

/// <summary>A gold publication date, in the calendar as written.</summary>
/// <param name="Text">The date as written.</param>
/// <param name="Calendar">"gregorian", "persian" or "hijri".</param>
/// <param name="Y">Year.</param>
/// <param name="M">Month.</param>
/// <param name="D">Day.</param>
public sealed record GoldDate(string? Text, string? Calendar, long Y, long M, long D);

/// <summary>A gold quote.</summary>
/// <param name="Kind">"direct" or "indirect".</param>
/// <param name="Speaker">The resolved speaker.</param>
/// <param name="SpeakerText">The mention as written.</param>
/// <param name="Cue">The reporting verb or phrase as written.</param>
/// <param name="Text">The content as written.</param>
public sealed record GoldQuote(string? Kind, string? Speaker, string? SpeakerText, string? Cue, string? Text);

/// <summary>
/// The fields of the <c>persian-news parse</c> JSON contract that scoring reads, every one optional (as score.py reads
/// them), so JSONL from other tools or older versions can be scored too.
/// </summary>
/// <param name="Source">Where the text was read from; its file name is matched to the gold <c>file</c>.</param>
/// <param name="Date">The date, or <see langword="null"/>.</param>
/// <param name="Outlet">The outlet, or <see langword="null"/>.</param>
/// <param name="Reporters">Reporters.</param>
/// <param name="Sources">Sources.</param>
/// <param name="Quotes">Quotes.</param>
public sealed record PredictedArticle(
    string? Source,
    [property: JsonConverter(typeof(FalsyAsNullConverter<PredictedDate>))] PredictedDate? Date,
    [property: JsonConverter(typeof(FalsyAsNullConverter<PredictedOutlet>))] PredictedOutlet? Outlet,
    IReadOnlyList<PredictedName>? Reporters,
    IReadOnlyList<PredictedName>? Sources,
    IReadOnlyList<PredictedQuote>? Quotes)
{
    /// <summary>Reads one line of <c>persian-news parse --format jsonl</c> output.</summary>
    /// <param name="json">One JSON object; invalid JSON or a non-object throws <see cref="JsonException"/>.</param>
    /// <returns>The prediction.</returns>
    public static PredictedArticle Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return JsonSerializer.Deserialize(json, EvaluationJsonContext.Default.PredictedArticle) ?? throw new JsonException("The prediction JSON is null.");
    }

    /// <summary>The scoring view of a parsed article: exactly what its JSON contract says.</summary>
    /// <param name="article">The article; <see langword="null"/> throws <see cref="ArgumentNullException"/>.</param>
    /// <returns>The prediction.</returns>
    public static PredictedArticle From(PersianNews.Core.NewsArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return new PredictedArticle(
            article.Source,
            article.Date is { } d ? new PredictedDate(d.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)) : null,
            article.Outlet is { } o ? new PredictedOutlet(o.Name, o.Text) : null,
            [.. article.Reporters.Select(r => new PredictedName(r.Name))],
            [.. article.Sources.Select(s => new PredictedName(s.Name))],
            [.. article.Quotes.Select(q => new PredictedQuote(
                q.Kind == PersianNews.Core.QuoteKind.Direct ? "direct" : "indirect",
                q.Text,
                q.Speaker is { } s ? new PredictedSpeaker(s.Name, s.Text) : null))]);
    }
}

/// <summary>A predicted date.</summary>
/// <param name="Value">The Gregorian day, "YYYY-MM-DD".</param>
public sealed record PredictedDate(string? Value);

/// <summary>A predicted outlet.</summary>
/// <param name="Name">The canonical or written name.</param>
/// <param name="Text">The text as written.</param>
public sealed record PredictedOutlet(string? Name, string? Text);

/// <summary>A predicted reporter or source.</summary>
/// <param name="Name">The name.</param>
public sealed record PredictedName(string? Name);

/// <summary>A predicted quote.</summary>
/// <param name="Kind">"direct" or "indirect".</param>
/// <param name="Text">The content.</param>
/// <param name="Speaker">The speaker, or <see langword="null"/>.</param>
public sealed record PredictedQuote(string? Kind, string? Text, [property: JsonConverter(typeof(FalsyAsNullConverter<PredictedSpeaker>))] PredictedSpeaker? Speaker);

/// <summary>A predicted speaker.</summary>
/// <param name="Name">The resolved name.</param>
/// <param name="Text">The mention as written (used when there is no name).</param>
public sealed record PredictedSpeaker(string? Name, string? Text);

/// <summary>Source-generated JSON metadata for the evaluation files (no reflection).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true)]
[JsonSerializable(typeof(GoldFile))]
[JsonSerializable(typeof(PredictedArticle))]
public sealed partial class EvaluationJsonContext : JsonSerializerContext;

/// <summary>
/// Reads an object the way score.py tests it (<c>p.get('outlet') or None</c>): an empty object and the other falsy JSON
/// values (false, 0, "", []) mean absent; any other non-object throws <see cref="JsonException"/>.
/// </summary>
/// <typeparam name="T">The object's type.</typeparam>
public sealed class FalsyAsNullConverter<T> : JsonConverter<T>
    where T : class
{
    /// <inheritdoc />
    public override bool HandleNull => true;

    /// <inheritdoc />
    public override T? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var element = JsonElement.ParseValue(ref reader);
        switch (element.ValueKind)
        {
            case JsonValueKind.Object when element.EnumerateObject().Any():
                return element.Deserialize((System.Text.Json.Serialization.Metadata.JsonTypeInfo<T>)options.GetTypeInfo(typeof(T)));
            case JsonValueKind.Object or JsonValueKind.Null or JsonValueKind.Undefined or JsonValueKind.False:
                return null;
            case JsonValueKind.Number when element.GetDouble() == 0:
            case JsonValueKind.String when element.GetString()!.Length == 0:
            case JsonValueKind.Array when element.GetArrayLength() == 0:
                return null;
            default:
                throw new JsonException($"Expected an object for {typeof(T).Name}, found {element.ValueKind}.");
        }
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        JsonSerializer.Serialize(writer, value, (System.Text.Json.Serialization.Metadata.JsonTypeInfo<T>)options.GetTypeInfo(typeof(T)));
    }
}
