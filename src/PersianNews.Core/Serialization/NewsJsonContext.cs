using System.Text.Json;
using System.Text.Json.Serialization;

namespace PersianNews.Core.Serialization;

/// <summary>
/// Source-generated System.Text.Json metadata for the article model (trimming- and AOT-safe): camelCase names,
/// enums as camelCase strings, nulls written.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    Converters = [typeof(CamelCaseEnumConverter<QuoteKind>), typeof(CamelCaseEnumConverter<CalendarKind>), typeof(CamelCaseEnumConverter<DiagnosticSeverity>), typeof(JsonStringEnumConverter<DiagnosticCode>)])]
[JsonSerializable(typeof(NewsArticle))]
public sealed partial class NewsJsonContext : JsonSerializerContext;

/// <summary>Writes an enum as its camelCase name ("direct", "gregorian") and reads it back.</summary>
/// <typeparam name="TEnum">The enum.</typeparam>
public sealed class CamelCaseEnumConverter<TEnum>() : JsonStringEnumConverter<TEnum>(JsonNamingPolicy.CamelCase, allowIntegerValues: false)
    where TEnum : struct, Enum;

/// <summary>Writes a <see cref="DateOnly"/> as <c>yyyy-MM-dd</c>.</summary>
public sealed class IsoDateOnlyConverter : JsonConverter<DateOnly>
{
    /// <inheritdoc />
    public override DateOnly Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => DateOnly.ParseExact(reader.GetString() ?? string.Empty, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, DateOnly value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        Span<char> buffer = stackalloc char[10];
        value.TryFormat(buffer, out int written, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        writer.WriteStringValue(buffer[..written]);
    }
}

/// <summary>Writes a time of day as <c>HH:mm</c> (or null).</summary>
public sealed class HourMinuteConverter : JsonConverter<TimeOnly?>
{
    /// <inheritdoc />
    public override bool HandleNull => true;

    /// <inheritdoc />
    public override TimeOnly? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => reader.TokenType == JsonTokenType.Null ? null : TimeOnly.ParseExact(reader.GetString() ?? string.Empty, ["HH:mm", "HH:mm:ss"], System.Globalization.CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, TimeOnly? value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value is not { } t)
        {
            writer.WriteNullValue();
            return;
        }

        Span<char> buffer = stackalloc char[5];
        t.TryFormat(buffer, out int written, "HH:mm", System.Globalization.CultureInfo.InvariantCulture);
        writer.WriteStringValue(buffer[..written]);
    }
}
