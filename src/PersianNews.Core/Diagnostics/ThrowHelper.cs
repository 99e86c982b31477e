using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;

namespace PersianNews.Core;

/// <summary>Throw helpers, kept out of hot methods so they stay small.</summary>
[StackTraceHidden]
internal static class ThrowHelper
{
    [DoesNotReturn]
    public static T ThrowFormatException<T>(string message) => throw new FormatException(message);

    [DoesNotReturn]
    public static void ThrowArgumentException(string paramName, string message) => throw new ArgumentException(message, paramName);
}
