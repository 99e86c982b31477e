using System.Text.Json;
using PersianNews.Core.Serialization;
using Snapshooter;
using Snapshooter.Xunit;

namespace PersianNews.Core.Tests.Serialization;

public sealed class JsonContractTests
{
    private static NewsArticle Sample() => PersianNewsParser.Default.Parse(File.ReadAllText(Path.Combine(TestPaths.Samples, "irna-style-sample.txt")));

    [Fact]
    public void Serialize_Article_WritesPersianUnescaped()
    {
        string json = NewsJson.Serialize(Sample());
        Assert.Contains("خبرگزاری جمهوری اسلامی", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u06", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_Article_UsesTheContractNames()
    {
        using var doc = JsonDocument.Parse(NewsJson.Serialize(Sample() with { Source = "a.txt" }));
        var root = doc.RootElement;
        foreach (string name in new[] { "source", "date", "outlet", "reporters", "sources", "title", "paragraphs", "quotes", "diagnostics" })
        {
            Assert.True(root.TryGetProperty(name, out _), $"missing \"{name}\"");
        }

        var outlet = root.GetProperty("outlet");
        Assert.Equal("irna", outlet.GetProperty("id").GetString());
        Assert.Equal(JsonValueKind.Number, outlet.GetProperty("start").ValueKind);
        var kinds = root.GetProperty("quotes").EnumerateArray().Select(q => q.GetProperty("kind").GetString()).ToArray();
        Assert.Contains("direct", kinds);
        Assert.Contains("indirect", kinds);
        Assert.Equal("info", root.GetProperty("diagnostics")[0].GetProperty("severity").GetString());
    }

    [Fact]
    public void Serialize_Date_WritesIsoValueAndHourMinuteTime()
    {
        var article = new NewsArticle { Date = new PublicationDate(new DateOnly(2021, 6, 19), new TimeOnly(20, 38), CalendarKind.Persian, "۲۹ خرداد ۱۴۰۰ - ۲۰:۳۸", 3, 20) };
        using var doc = JsonDocument.Parse(NewsJson.Serialize(article));
        var date = doc.RootElement.GetProperty("date");
        Assert.Equal("2021-06-19", date.GetProperty("value").GetString());
        Assert.Equal("20:38", date.GetProperty("time").GetString());
        Assert.Equal("persian", date.GetProperty("calendar").GetString());
    }

    [Fact]
    public void Deserialize_SerializedArticle_RoundTrips()
    {
        var original = PersianNewsParser.Default.Parse(File.ReadAllText(TestPaths.Seed)) with { Source = "seed.txt" };
        string json = NewsJson.Serialize(original, indented: true);
        var back = NewsJson.Deserialize(json);
        Assert.Equal(json, NewsJson.Serialize(back, indented: true));
        Assert.Equal(original.Date, back.Date);
        Assert.Equal(original.Outlet, back.Outlet);
    }

    [Fact]
    public void Serialize_SampleArticle_MatchesSnapshot()
    {
        // The snapshot is located from the repository root, not from the compiler's source path: CI builds map source
        // paths to "/_/" (deterministic builds), where Snapshooter would silently create a fresh snapshot and pass.
        // Snapshooter looks in <folder>/__snapshots__.
        string folder = Path.Combine(TestPaths.RepoRoot, "tests", "PersianNews.Core.Tests", "Serialization");
        const string FileName = "JsonContractTests.Serialize_SampleArticle_MatchesSnapshot.snap";
        string reviewed = Path.Combine(folder, "__snapshots__", FileName);
        Assert.True(File.Exists(reviewed), "The reviewed snapshot is missing: " + reviewed);
        Snapshot.Match(JsonDocument.Parse(NewsJson.Serialize(Sample())).RootElement.ToString(), new SnapshotFullName(FileName, folder));
    }
}
