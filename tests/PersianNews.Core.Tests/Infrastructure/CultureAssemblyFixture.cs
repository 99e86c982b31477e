using System.Globalization;
using System.Reflection;
using Xunit.Sdk;

namespace PersianNews.Core.Tests;

/// <summary>Runs every test under a culture that differs from the invariant one (fa-IR digits, Persian calendar,
/// comma decimal in de-DE) to prove that results do not depend on the machine's culture.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method | AttributeTargets.Assembly)]
internal sealed class HostileCultureAttribute : BeforeAfterTestAttribute
{
    private CultureInfo? _culture;
    private CultureInfo? _uiCulture;

    public override void Before(MethodInfo methodUnderTest)
    {
        _culture = CultureInfo.CurrentCulture;
        _uiCulture = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("fa-IR");
        }
        catch (CultureNotFoundException)
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
        }
    }

    public override void After(MethodInfo methodUnderTest)
    {
        CultureInfo.CurrentCulture = _culture!;
        CultureInfo.CurrentUICulture = _uiCulture!;
    }
}
