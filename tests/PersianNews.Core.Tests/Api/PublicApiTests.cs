using PublicApiGenerator;

namespace PersianNews.Core.Tests.Api;

/// <summary>The package's public API is reviewed like code: every change to it shows up in PublicApi.approved.txt.</summary>
public sealed class PublicApiTests
{
    [Fact]
    public void PublicApi_OfTheCorePackage_MatchesTheApprovedFile()
    {
        string api = typeof(PersianNewsParser).Assembly.GeneratePublicApi(new ApiGeneratorOptions { IncludeAssemblyAttributes = false })
            .Replace("\r\n", "\n", StringComparison.Ordinal);
        string folder = Path.Combine(TestPaths.RepoRoot, "tests", "PersianNews.Core.Tests", "Api");
        string approvedPath = Path.Combine(folder, "PublicApi.approved.txt");
        string receivedPath = Path.Combine(folder, "PublicApi.received.txt");
        string approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).Replace("\r\n", "\n", StringComparison.Ordinal) : string.Empty;
        if (!string.Equals(api, approved, StringComparison.Ordinal))
        {
            File.WriteAllText(receivedPath, api);
            Assert.Fail($"The public API changed. Review {receivedPath} and, if intended, copy it over {approvedPath}.");
        }

        File.Delete(receivedPath);
    }
}
