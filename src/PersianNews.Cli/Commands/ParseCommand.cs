using System.CommandLine;
using PersianNews.Core;
using PersianNews.Core.Serialization;

namespace PersianNews.Cli.Commands;

/// <summary><c>persian-news parse</c>: parse news texts and print their JSON.</summary>
public static class ParseCommand
{
    public static Command Create(TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        var format = new Option<string?>("--format")
        {
            Description = "Output format: 'json' (one object; the default for a single input) or 'jsonl' (one object per line, each with \"source\"; the default for several inputs).",
        };
        format.AcceptOnlyFromAmong("json", "jsonl");
        var pretty = new Option<bool>("--pretty") { Description = "Indent the JSON (only with --format json)." };
        var inputs = new Argument<string[]>("inputs")
        {
            Description = "Files or directories (recursive, *.txt) of UTF-8 text, with or without BOM; '-' reads standard input.",
            Arity = ArgumentArity.OneOrMore,
        };

        var command = new Command("parse", "Parse Persian news texts into JSON: date, outlet, reporters, sources, title, paragraphs, attributed quotes, diagnostics.")
        {
            format, pretty, inputs,
        };

        command.SetAction(result =>
        {
            string[] paths = result.GetValue(inputs) ?? [];
            bool several = paths.Length > 1 || paths.Any(Directory.Exists);
            bool jsonl = result.GetValue(format) is { } f ? f == "jsonl" : several;
            return Run(paths, jsonl, result.GetValue(pretty), stdin, stdout, stderr);
        });

        return command;
    }

    public static int Run(string[] paths, bool jsonl, bool pretty, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        // System.CommandLine takes an unknown "--option" for an input path; a typo must not become "no such file".
        if (paths.FirstOrDefault(p => p.Length > 1 && p[0] == '-' && !File.Exists(p) && !Directory.Exists(p)) is { } unknown)
        {
            throw new UsageException($"unknown option '{unknown}' (a file whose name starts with '-' can be given as ./{unknown}).");
        }

        var parser = PersianNewsParser.Default;
        int failed = 0;
        foreach (var input in InputReader.Read(paths, stdin))
        {
            if (input.Text is null)
            {
                stderr.WriteLine($"persian-news: {input.Source}: {input.Error}");
                failed++;
                continue;
            }

            if (string.IsNullOrWhiteSpace(input.Text))
            {
                stderr.WriteLine($"persian-news: {input.Source}: empty input, nothing to parse");
                failed++;
                continue;
            }

            var article = parser.Parse(input.Text) with { Source = input.Source == "-" ? null : input.Source };
            stdout.WriteLine(NewsJson.Serialize(article, indented: pretty && !jsonl));
        }

        stdout.Flush();
        return failed == 0 ? Cli.Success : Cli.InputFailed;
    }
}
