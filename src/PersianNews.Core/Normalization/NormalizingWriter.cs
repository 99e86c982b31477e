namespace PersianNews.Core;

/// <summary>
/// Writes normalized characters into a buffer one source character at a time, keeping the offset map and the state the
/// space and half-space rules need (the last character written). One left-to-right pass; never looks back more than
/// one character.
/// </summary>
internal ref struct NormalizingWriter
{
    private readonly PersianNormalizerOptions _options;
    private readonly Span<char> _destination;
    private readonly Span<int> _map;
    private readonly bool _hasMap;
    private int _length;
    private bool _pendingZwnj;
    private int _pendingZwnjSource;
    private bool _overflow;

    public NormalizingWriter(PersianNormalizerOptions options, Span<char> destination, Span<int> map)
    {
        _options = options;
        _destination = destination;
        _map = map;
        _hasMap = !map.IsEmpty;
    }

    private readonly char Last => _length == 0 ? '\n' : _destination[_length - 1];

    /// <summary>Appends the normalized form of <c>source[index]</c>; returns false when the buffer is full.</summary>
    public bool Append(ReadOnlySpan<char> source, int index)
    {
        char c = source[index];
        var o = _options;

        if (c == '\u00AC' || c == '\u00AD')
        {
            c = PersianLetters.Zwnj;
        }

        if (o.RemoveInvisibleCharacters)
        {
            if (c == PersianLetters.Nbsp || c == '\u2007' || c == '\u202F' || (c >= '\u2000' && c <= '\u200A'))
            {
                c = ' ';
            }
            else if (PersianLetters.IsInvisible(c))
            {
                return true;
            }
        }

        if (o.RemoveKashida && c == PersianLetters.Kashida)
        {
            return true;
        }

        if (o.RemoveDiacritics && (PersianLetters.IsDiacritic(c) || (o.RemoveShadda && c == PersianLetters.Shadda)))
        {
            return true;
        }

        if (o.NormalizeLetters)
        {
            c = PersianLetters.ToPersianLetter(c);
        }

        if (o.Digits != DigitTarget.Keep)
        {
            int v = PersianLetters.DigitValue(c);
            if (v >= 0 && !IsInsideLatinToken(source, index))
            {
                c = (char)((o.Digits == DigitTarget.Persian ? '۰' : '0') + v);
            }
        }

        if (o.CleanZwnj && c == PersianLetters.Zwnj)
        {
            // Held back until the next character shows whether the half-space joins two letters.
            if (!_pendingZwnj)
            {
                _pendingZwnj = true;
                _pendingZwnjSource = index;
            }

            return true;
        }

        if (_pendingZwnj)
        {
            _pendingZwnj = false;
            char last = Last;
            if (PersianLetters.IsPersianLetter(last) && !PersianLetters.IsNonJoining(last) && PersianLetters.IsPersianLetter(c))
            {
                if (!Put(PersianLetters.Zwnj, _pendingZwnjSource))
                {
                    return false;
                }
            }
        }

        if (o.CollapseSpaces && (c == ' ' || c == '\t'))
        {
            c = ' ';
            if (Last is ' ' or '\n' or '\r')
            {
                return true;
            }
        }

        if (o.CollapseSpaces && c is '\n' or '\r')
        {
            // Trailing spaces do not survive the end of a line.
            while (_length > 0 && _destination[_length - 1] == ' ')
            {
                _length--;
            }
        }

        return Put(c, index);
    }

    private static bool IsInsideLatinToken(ReadOnlySpan<char> source, int index)
    {
        // A digit glued to Latin letters belongs to a code, file name or URL (Image2.jpg, H2O): keep it.
        int i = index;
        while (i > 0 && (char.IsAsciiLetterOrDigit(source[i - 1]) || source[i - 1] is '.' or '_' or '-' or '/' or ':' or '@' or '#'))
        {
            i--;
            if (char.IsAsciiLetter(source[i]) || source[i] is '@' or '#' or '/')
            {
                return true;
            }
        }

        int j = index + 1;
        while (j < source.Length && (char.IsAsciiLetterOrDigit(source[j]) || source[j] is '.' or '_' or '-'))
        {
            if (char.IsAsciiLetter(source[j]))
            {
                return true;
            }

            j++;
        }

        return false;
    }

    private bool Put(char c, int sourceIndex)
    {
        if (_length >= _destination.Length)
        {
            _overflow = true;
            return false;
        }

        _destination[_length] = c;
        if (_hasMap)
        {
            _map[_length] = sourceIndex;
        }

        _length++;
        return true;
    }

    /// <summary>Ends the text; returns the number of characters written, or -1 on overflow.</summary>
    public int Finish()
    {
        if (_options.CollapseSpaces)
        {
            while (_length > 0 && _destination[_length - 1] == ' ')
            {
                _length--;
            }
        }

        return _overflow ? -1 : _length;
    }
}
