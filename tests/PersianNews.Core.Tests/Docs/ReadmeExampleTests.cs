using System.Text.RegularExpressions;

namespace PersianNews.Core.Tests.Docs;

/// <summary>The README's first C# example is this file's <see cref="ReadmeExample"/>, character for character, and it runs.</summary>
public sealed partial class ReadmeExampleTests
{
    // README-EXAMPLE-START
    private static string ReadmeExample()
    {
        var text = "تهران- ایرنا- وزیر نیرو روز دوشنبه گفت: «ذخایر سدهای کشور ۱۰ درصد بیشتر از پارسال است.»";
        var article = PersianNewsParser.Default.Parse(text);

        var output = new System.Text.StringBuilder();
        output.AppendLine($"outlet: {article.Outlet?.Name}");          // خبرگزاری جمهوری اسلامی
        foreach (var quote in article.Quotes)
        {
            output.AppendLine($"{quote.Kind}: {quote.Text}");          // Direct: ذخایر سدهای کشور ...
            output.AppendLine($"  said by {quote.Speaker?.Name} at [{quote.Start}, +{quote.Length}]");
        }

        return output.ToString();
    }
    // README-EXAMPLE-END

    [Fact]
    public void ReadmeExample_AsPrinted_MatchesThisTestsCode()
    {
        string readme = File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "README.md"));
        string source = File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "tests", "PersianNews.Core.Tests", "Docs", "ReadmeExampleTests.cs"));
        var block = CSharpBlock().Match(readme);
        Assert.True(block.Success, "README.md has no ```csharp block.");
        string expectedBody = ExampleBody(source);
        Assert.Contains(expectedBody, Dedent(block.Groups[1].Value), StringComparison.Ordinal);
    }

    [Fact]
    public void ReadmeExample_WhenRun_FindsOutletAndQuote()
    {
        string output = ReadmeExample();
        Assert.Contains("outlet: خبرگزاری جمهوری اسلامی", output, StringComparison.Ordinal);
        // Quote text excludes the quotation marks and the sentence's closing period (the corpus convention).
        Assert.Contains("Direct: ذخایر سدهای کشور ۱۰ درصد بیشتر از پارسال است\n", output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    private static string ExampleBody(string source)
    {
        int start = source.IndexOf("var text =", StringComparison.Ordinal);
        int end = source.IndexOf("return output.ToString();", StringComparison.Ordinal);
        return Dedent(source[start..end]).Trim();
    }

    private static string Dedent(string code) => string.Join('\n', code.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(l => l.Trim()));

    [GeneratedRegex("```csharp\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex CSharpBlock();
}
