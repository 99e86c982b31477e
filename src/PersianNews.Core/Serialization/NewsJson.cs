using System.Text.Encodings.Web;
using System.Text.Json;

namespace PersianNews.Core.Serialization;

/// <summary>
/// Writes and reads the JSON contract of <see cref="NewsArticle"/> as readable UTF-8: Persian letters are written as
/// they are, not as \u escapes. Trimming- and AOT-safe (source generated).
/// </summary>
public static class NewsJson
{
    private static readonly JsonSerializerOptions CompactOptions = Create(indented: false);
    private static readonly JsonSerializerOptions IndentedOptions = Create(indented: true);

    private static readonly NewsJsonContext Compact = new(CompactOptions);
    private static readonly NewsJsonContext Indented = new(IndentedOptions);

    // Starts from the source-generated options (camelCase, enum converters) and adds layout and escaping.
    private static JsonSerializerOptions Create(bool indented) => new(NewsJsonContext.Default.Options)
    {
        TypeInfoResolver = null,
        WriteIndented = indented,

        // The contract is UTF-8 JSON read by people and programs; only JSON's own specials need escaping.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Serializes an article to a JSON string.</summary>
    /// <param name="article">The article; <see langword="null"/> throws <see cref="ArgumentNullException"/>.</param>
    /// <param name="indented">Whether to indent (for people) or write one line (for JSONL).</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize(NewsArticle article, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(article);
        return JsonSerializer.Serialize(article, (indented ? Indented : Compact).NewsArticle);
    }

    /// <summary>Writes an article as UTF-8 JSON to a stream.</summary>
    /// <param name="utf8Json">The stream; <see langword="null"/> throws <see cref="ArgumentNullException"/>.</param>
    /// <param name="article">The article; <see langword="null"/> throws <see cref="ArgumentNullException"/>.</param>
    /// <param name="indented">Whether to indent.</param>
    public static void Serialize(Stream utf8Json, NewsArticle article, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentNullException.ThrowIfNull(article);
        JsonSerializer.Serialize(utf8Json, article, (indented ? Indented : Compact).NewsArticle);
    }

    /// <summary>Writes an article with a <see cref="Utf8JsonWriter"/> (for callers that stream many articles).</summary>
    /// <param name="writer">The writer; <see langword="null"/> throws <see cref="ArgumentNullException"/>.</param>
    /// <param name="article">The article; <see langword="null"/> throws <see cref="ArgumentNullException"/>.</param>
    public static void Serialize(Utf8JsonWriter writer, NewsArticle article)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(article);
        JsonSerializer.Serialize(writer, article, Compact.NewsArticle);
    }

    /// <summary>Options for a <see cref="Utf8JsonWriter"/> that writes like <see cref="Serialize(NewsArticle, bool)"/>.</summary>
    /// <param name="indented">Whether to indent.</param>
    /// <returns>The writer options.</returns>
    public static JsonWriterOptions WriterOptions(bool indented = false) => new() { Indented = indented, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Reads an article back from JSON written by this class.</summary>
    /// <param name="json">The JSON; <see langword="null"/> throws <see cref="ArgumentNullException"/>; invalid JSON throws <see cref="JsonException"/>.</param>
    /// <returns>The article.</returns>
    public static NewsArticle Deserialize(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return JsonSerializer.Deserialize(json, Compact.NewsArticle) ?? throw new JsonException("The JSON is null, not an article.");
    }

    /// <summary>Reads an article back from UTF-8 JSON.</summary>
    /// <param name="utf8Json">The UTF-8 bytes; invalid JSON throws <see cref="JsonException"/>.</param>
    /// <returns>The article.</returns>
    public static NewsArticle Deserialize(ReadOnlySpan<byte> utf8Json)
        => JsonSerializer.Deserialize(utf8Json, Compact.NewsArticle) ?? throw new JsonException("The JSON is null, not an article.");
}
