using System.Buffers;
using System.CommandLine;
using PersianNews.Core;

namespace PersianNews.Cli.Commands;

/// <summary><c>persian-news normalize</c>: write normalized text to standard output.</summary>
public static class NormalizeCommand
{
    // Standard input is normalized in blocks of whole lines (no rule looks across a line break), so memory stays
    // bounded on endless input; a line longer than this is cut at its last space.
    private const int BlockSize = 1 << 16;
    private const int MaxLine = 1 << 20;

    public static Command Create(TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        var digits = new Option<DigitTarget>("--digits") { Description = "Digits in numbers: Keep (default), Persian or Latin.", DefaultValueFactory = _ => DigitTarget.Keep };
        var noEntities = new Option<bool>("--no-html-entities") { Description = "Keep HTML character references (&zwnj; &nbsp; &laquo; &#1740;) as written." };
        var keepHtml = new Option<bool>("--keep-html") { Description = "Keep HTML tags (<p>, <br/>, <a href=...>) as written instead of removing them (block tags otherwise become line breaks)." };
        var noLetters = new Option<bool>("--no-letters") { Description = "Keep Arabic letter forms (ي ك ة, presentation forms) as written." };
        var noDiacritics = new Option<bool>("--no-diacritics") { Description = "Keep diacritics (harakat, tanwin, sukun)." };
        var keepShadda = new Option<bool>("--keep-shadda") { Description = "Keep shadda while removing the other diacritics." };
        var noKashida = new Option<bool>("--no-kashida") { Description = "Keep kashida (tatweel)." };
        var noInvisible = new Option<bool>("--no-invisible") { Description = "Keep BOM, ZWJ, bidi marks and NBSP as written." };
        var noSpaces = new Option<bool>("--no-collapse-spaces") { Description = "Keep runs of spaces and trailing spaces." };
        var noCleanup = new Option<bool>("--no-zwnj-cleanup") { Description = "Keep every half-space (ZWNJ) as written." };
        var noRepair = new Option<bool>("--no-zwnj-repair") { Description = "Do not restore missing half-spaces (می‌کنند، تضمین‌های، رئیس‌جمهور)." };
        var encoding = new Option<string>("--encoding")
        {
            Description = "Encoding of the input: utf-8 (the default; with or without BOM), windows-1256 (legacy Persian pages), utf-16, or another code page name. The output is UTF-8.",
            DefaultValueFactory = _ => "utf-8",
        };
        var inputs = new Argument<string[]>("inputs")
        {
            Description = "Files of text (UTF-8 unless --encoding says otherwise); '-' reads standard input.",
            Arity = ArgumentArity.OneOrMore,
        };
        var command = new Command("normalize", "Normalize Persian text (letters, digits, diacritics, invisible marks, spaces, half-spaces) and write it to standard output.")
        {
            digits, noEntities, keepHtml, noLetters, noDiacritics, keepShadda, noKashida, noInvisible, noSpaces, noCleanup, noRepair, encoding, inputs,
        };
        command.SetAction(result =>
        {
            var options = PersianNormalizerOptions.Default with
            {
                Digits = result.GetValue(digits),
                DecodeHtmlEntities = !result.GetValue(noEntities),
                StripHtmlTags = !result.GetValue(keepHtml),
                NormalizeLetters = !result.GetValue(noLetters),
                RemoveDiacritics = !result.GetValue(noDiacritics),
                RemoveShadda = !result.GetValue(keepShadda),
                RemoveKashida = !result.GetValue(noKashida),
                RemoveInvisibleCharacters = !result.GetValue(noInvisible),
                CollapseSpaces = !result.GetValue(noSpaces),
                CleanZwnj = !result.GetValue(noCleanup),
                RepairZwnj = !result.GetValue(noRepair),
            };
            var normalizer = new PersianNormalizer(options);
            System.Text.Encoding? textEncoding;
            try
            {
                textEncoding = InputReader.TextEncoding(result.GetValue(encoding) ?? "utf-8");
            }
            catch (ArgumentException ex)
            {
                throw new UsageException("--encoding: " + ex.Message.Split(" (Parameter", 2)[0] + ".");
            }

            int failed = 0;
            foreach (string path in result.GetValue(inputs) ?? [])
            {
                if (path == "-" && textEncoding is not null)
                {
                    // Another encoding: standard input is read whole and decoded like a file.
                    var read = InputReader.ReadStdin(stdin, textEncoding);
                    if (read.Text is null)
                    {
                        stderr.WriteLine($"persian-news: -: {read.Error}");
                        failed++;
                    }
                    else
                    {
                        stdout.Write(normalizer.Normalize(read.Text));
                    }

                    continue;
                }

                if (path == "-")
                {
                    try
                    {
                        Stream(normalizer, stdin, stdout);
                    }
                    catch (System.Text.DecoderFallbackException ex)
                    {
                        // Standard input is decoded strictly: the text up to the bad bytes is written, the rest is not.
                        stderr.WriteLine("persian-news: -: not valid UTF-8 (" + ex.Message.TrimEnd('.') + "); the rest of standard input was not normalized");
                        failed++;
                    }
                    catch (IOException ex)
                    {
                        stderr.WriteLine($"persian-news: -: cannot read: {ex.Message}");
                        failed++;
                    }

                    continue;
                }

                foreach (var input in InputReader.Read([path], stdin, textEncoding))
                {
                    if (input.Text is null)
                    {
                        stderr.WriteLine($"persian-news: {input.Source}: {input.Error}");
                        failed++;
                        continue;
                    }

                    stdout.Write(normalizer.Normalize(input.Text));
                }
            }

            stdout.Flush();
            return failed == 0 ? Cli.Success : Cli.InputFailed;
        });
        return command;
    }

    /// <summary>Normalizes a reader to a writer block by block, each block ending at a line break.</summary>
    public static void Stream(PersianNormalizer normalizer, TextReader reader, TextWriter writer)
    {
        char[] buffer = ArrayPool<char>.Shared.Rent(BlockSize * 2);
        char[] output = ArrayPool<char>.Shared.Rent(PersianNormalizer.GetMaxNormalizedLength(buffer.Length));
        int filled = 0;
        try
        {
            while (true)
            {
                if (filled == buffer.Length)
                {
                    Grow(ref buffer, ref output, filled);
                }

                int read = reader.Read(buffer, filled, Math.Min(BlockSize, buffer.Length - filled));
                bool end = read <= 0;
                filled += Math.Max(0, read);
                int cut = end ? filled : buffer.AsSpan(0, filled).LastIndexOf('\n') + 1;
                if (!end && normalizer.Options.StripHtmlTags)
                {
                    cut = BeforeOpenTag(buffer.AsSpan(0, cut), cut);
                }

                if (cut == 0 && filled >= MaxLine)
                {
                    cut = buffer.AsSpan(0, filled).LastIndexOf(' ') + 1;
                    cut = cut == 0 ? filled : cut;
                }

                if (cut > 0)
                {
                    normalizer.TryNormalize(buffer.AsSpan(0, cut), output, out int written);
                    writer.Write(output, 0, written);
                    buffer.AsSpan(cut, filled - cut).CopyTo(buffer);
                    filled -= cut;
                }

                if (end)
                {
                    return;
                }
            }
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
            ArrayPool<char>.Shared.Return(output);
        }
    }

    // A tag may go on over lines ("<div\n  class='x'>"): a block does not end inside one, but at the line break before
    // its '<' (a '<' with no '>' after it on the lines of the block).
    private static int BeforeOpenTag(ReadOnlySpan<char> block, int cut)
    {
        int lt = block.LastIndexOf('<');
        if (lt < 0 || block.Length - lt > 4096 || block[lt..].Contains('>')
            || (lt + 1 < block.Length && !char.IsAsciiLetter(block[lt + 1]) && block[lt + 1] is not ('/' or '!')))
        {
            return cut;
        }

        return block[..lt].LastIndexOf('\n') + 1;
    }

    private static void Grow(ref char[] buffer, ref char[] output, int filled)
    {
        char[] bigger = ArrayPool<char>.Shared.Rent(buffer.Length * 2);
        buffer.AsSpan(0, filled).CopyTo(bigger);
        ArrayPool<char>.Shared.Return(buffer);
        buffer = bigger;
        ArrayPool<char>.Shared.Return(output);
        output = ArrayPool<char>.Shared.Rent(PersianNormalizer.GetMaxNormalizedLength(buffer.Length));
    }
}
