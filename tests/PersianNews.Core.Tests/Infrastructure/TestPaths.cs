namespace PersianNews.Core.Tests;

/// <summary>Where the repository and the shared corpus are (the corpus lives beside the checkout, in ../shared).</summary>
internal static class TestPaths
{
    public static string RepoRoot { get; } = FindRepoRoot();

    public static string Shared => Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared"));

    public static string Corpus => Path.Combine(Shared, "corpus");

    public static string Seed => Path.Combine(Shared, "seeds", "000_4c47832c54e4f7d9.txt");

    public static string Samples => Path.Combine(RepoRoot, "samples");

    private static string FindRepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "PersianNews.Core.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("PersianNews.Core.sln not found above " + AppContext.BaseDirectory);
    }
}
