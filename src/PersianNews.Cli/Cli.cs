using System.CommandLine;
using PersianNews.Cli.Commands;

namespace PersianNews.Cli;

/// <summary>The persian-news command line. Exit codes: 0 success, 1 some input failed, 2 usage error.</summary>
public static class Cli
{
    public const int Success = 0;
    public const int InputFailed = 1;
    public const int UsageError = 2;

    public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        var root = new RootCommand(
            "persian-news: parse Persian news text into structured JSON, and normalize Persian text.\n" +
            "Exit codes: 0 = every input succeeded, 1 = at least one input failed (each failure is one line on stderr), 2 = usage error.");
        root.Subcommands.Add(ParseCommand.Create(stdin, stdout, stderr));
        root.Subcommands.Add(NormalizeCommand.Create(stdin, stdout, stderr));
        root.Subcommands.Add(EvalCommand.Create(stdout, stderr));
        root.Subcommands.Add(EvalZwnjCommand.Create(stdout, stderr));

        var result = root.Parse(args);
        if (result.Errors.Count > 0)
        {
            foreach (var error in result.Errors)
            {
                stderr.WriteLine("persian-news: " + error.Message);
            }

            stderr.WriteLine("Run 'persian-news --help' for usage.");
            return UsageError;
        }

        var config = new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false };
        try
        {
            return result.Invoke(config);
        }
        catch (UsageException ex)
        {
            stderr.WriteLine("persian-news: " + ex.Message);
            return UsageError;
        }
    }
}

/// <summary>A usage error found after parsing the command line (exit code 2).</summary>
public sealed class UsageException(string message) : Exception(message);
