namespace PersianNews.Core;

/// <summary>Checks <see cref="PersianNewsOptions"/> once, when a parser is built.</summary>
internal static class OptionsValidator
{
    public static void Validate(PersianNewsOptions options)
    {
        if (options.MaxInputLength <= 0 || options.MaxInputLength > PersianNewsOptions.MaxSupportedInputLength)
        {
            ThrowHelper.ThrowArgumentException(nameof(PersianNewsOptions.MaxInputLength),
                $"{nameof(PersianNewsOptions.MaxInputLength)} must be between 1 and {PersianNewsOptions.MaxSupportedInputLength}, but was {options.MaxInputLength}.");
        }

        if (options.Normalization is null)
        {
            ThrowHelper.ThrowArgumentException(nameof(PersianNewsOptions.Normalization), $"{nameof(PersianNewsOptions.Normalization)} must not be null.");
        }

        if (options.AdditionalCues is null || options.AdditionalOutlets is null)
        {
            ThrowHelper.ThrowArgumentException(options.AdditionalCues is null ? nameof(PersianNewsOptions.AdditionalCues) : nameof(PersianNewsOptions.AdditionalOutlets), "The list must not be null (use an empty list).");
        }

        foreach (string cue in options.AdditionalCues!)
        {
            if (string.IsNullOrWhiteSpace(cue))
            {
                ThrowHelper.ThrowArgumentException(nameof(PersianNewsOptions.AdditionalCues), $"{nameof(PersianNewsOptions.AdditionalCues)} contains an empty cue.");
            }
        }

        // Outlets (ids, names, aliases) are validated by OutletRegistry.Create, which knows the built-in ones.
    }
}
