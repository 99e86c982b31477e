using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PersianNews.Core;

// Extension methods on IServiceCollection live in its namespace by convention, so they show up without a using.
#pragma warning disable IDE0130 // Namespace does not match folder structure
namespace Microsoft.Extensions.DependencyInjection;
#pragma warning restore IDE0130

/// <summary>Registers PersianNews.Core with a dependency-injection container.</summary>
public static class PersianNewsServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="PersianNewsOptions"/>, a singleton <see cref="PersianNewsParser"/> built from them, and a
    /// singleton <see cref="PersianNormalizer"/> with the same normalization rules. Calling it twice keeps the first
    /// registration.
    /// </summary>
    /// <param name="services">The services; <see langword="null"/> throws <see cref="ArgumentNullException"/>.</param>
    /// <param name="configure">Changes the default options (return a modified copy with <c>with</c>), or <see langword="null"/>.</param>
    /// <returns><paramref name="services"/>, for chaining. Throws <see cref="ArgumentException"/> when <paramref name="configure"/>
    /// returns null or invalid options.</returns>
    public static IServiceCollection AddPersianNews(this IServiceCollection services, Func<PersianNewsOptions, PersianNewsOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        // The options are built and checked now, so a bad configuration fails at registration, not at first use.
        var options = configure is null ? PersianNewsOptions.Default : configure(PersianNewsOptions.Default);
        if (options is null)
        {
            ThrowHelper.ThrowArgumentException(nameof(configure), "The configure function returned null; return the options (changed with 'with').");
        }

        // Building the parser validates every option (outlets and cues too); it is immutable and thread-safe, so the
        // one instance is the singleton.
        var parser = new PersianNewsParser(options!);
        services.TryAddSingleton(options!);
        services.TryAddSingleton(parser);
        services.TryAddSingleton(sp => new PersianNormalizer(sp.GetRequiredService<PersianNewsOptions>().Normalization));
        return services;
    }
}
