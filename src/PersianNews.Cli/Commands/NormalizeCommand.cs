using System.CommandLine;
using PersianNews.Core;

namespace PersianNews.Cli.Commands;

/// <summary><c>persian-news normalize</c>: write normalized text to standard output.</summary>
public static class NormalizeCommand
{
    public static Command Create(TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        var digits = new Option<DigitTarget>("--digits") { Description = "Digits in numbers: Keep (default), Persian or Latin.", DefaultValueFactory = _ => DigitTarget.Keep };
        var inputs = new Argument<string[]>("inputs")
        {
            Description = "Files of UTF-8 text; '-' reads standard input.",
            Arity = ArgumentArity.OneOrMore,
        };
        var command = new Command("normalize", "Normalize Persian text (letters, digits, diacritics, invisible marks, spaces, half-spaces) and write it to standard output.")
        {
            digits, inputs,
        };
        command.SetAction(result =>
        {
            var normalizer = new PersianNormalizer(PersianNormalizerOptions.Default with { Digits = result.GetValue(digits) });
            int failed = 0;
            foreach (var input in InputReader.Read(result.GetValue(inputs) ?? [], stdin))
            {
                if (input.Text is null)
                {
                    stderr.WriteLine($"persian-news: {input.Source}: {input.Error}");
                    failed++;
                    continue;
                }

                stdout.Write(normalizer.Normalize(input.Text));
            }

            stdout.Flush();
            return failed == 0 ? Cli.Success : Cli.InputFailed;
        });
        return command;
    }
}
