using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace PersianNews.Core;

/// <summary>What kind of speaker mention a subject is.</summary>
internal enum MentionKind
{
    /// <summary>No subject is written ("افزود: ...").</summary>
    Dropped,

    /// <summary>"او", "وی", "ایشان".</summary>
    Pronoun,

    /// <summary>A description that points back ("این مقام مسئول", "این کارشناس").</summary>
    Anaphor,

    /// <summary>A role or title without a name ("رئیس مجلس شورای اسلامی").</summary>
    Role,

    /// <summary>A name, possibly after a title, or a group as written ("دو مقام اروپایی").</summary>
    Name,
}

/// <summary>A speaker mention found in a subject: normalized ranges of the whole mention, the name and the role.</summary>
internal readonly record struct Mention(MentionKind Kind, int Start, int End, int NameStart, int NameEnd, int RoleStart, int RoleEnd)
{
    public static Mention DroppedAt(int at) => new(MentionKind.Dropped, at, at, at, at, at, at);

    public bool HasRole => RoleEnd > RoleStart;
}

/// <summary>
/// Reads the subject of a reporting verb: the noun phrase that opens its clause, with an apposition
/// ("امانوئل مکرون، رئیس‌جمهور فرانسه،") or a preceding title ("سخنگوی وزارت امور خارجه اسماعیل بقائی") split off as
/// the role and titles or honorifics (دکتر، حجت‌الاسلام، سردار) left out of the name.
/// </summary>
internal static class MentionParser
{
    private const int MaxSubjectWords = 9;

    /// <summary>Parses the subject written in [start, end) (the text between the clause start and the verb).</summary>
    public static Mention Parse(string t, int start, int end) => ParseClause(t, ClauseStart(t, start, end), end);

    /// <summary>Parses the subject of a clause whose start (<see cref="ClauseStart"/>) is already known.</summary>
    public static Mention ParseClause(string t, int clauseStart, int end)
    {
        int start = clauseStart;
        int p = SkipSpace(t, start, end);

        // "🔹امیر X پیش‌تر ...": a bullet or an emoji opening a channel post is not part of the subject.
        while (p < end && (char.IsSurrogate(t[p]) || t[p] is '•' or '●' or '■' or '▪' or '◾' or '◀' or '►' or '*' or '\uFE0F'
                           || char.GetUnicodeCategory(t[p]) == System.Globalization.UnicodeCategory.OtherSymbol))
        {
            p = SkipSpace(t, p + 1, end);
        }

        if (p < end && t[p] is '،' or ',' or '؛' or ';')
        {
            // "«...»، وی افزود: ...": the clause starts right after a closed quotation, at the comma that follows it.
            p = SkipSpace(t, p + 1, end);
        }

        // Leading discourse words ("اما", "همچنین") are not part of the subject.
        while (p < end && QuoteWords.LeadingDiscourse.TryMatch(t, p, end, out _, out int de))
        {
            p = SkipSpace(t, de, end);
            if (p < end && t[p] is '،' or ',')
            {
                // "با این حال، X گفت": the comma after the discourse phrase.
                p = SkipSpace(t, p + 1, end);
            }
        }

        // "در این مراسم همچنین X از ... استقبال کرد و گفت": an opening "در این NOUN" names the occasion, not the speaker.
        p = SkipOccasion(t, p, end);

        // "روز ۴ فروردین یک مقام ... گفت": an opening date is not the subject.
        p = SkipDate(t, p, end);

        // "پیشتر یک مقام ارشد گفت": an opening adverb of time, when a subject follows it.
        while (p < end && QuoteWords.OpeningAdverbs.TryMatch(t, p, end, out _, out int oe))
        {
            int n = SkipSpace(t, oe, end);
            if (n < end && t[n] is '،' or ',')
            {
                // "پیش از این، X ..."
                n = SkipSpace(t, n + 1, end);
            }

            if (n >= end || !PhraseTrie.IsWordChar(t[n]) || QuoteWords.SubjectStops.TryMatch(t, n, end, out _, out _))
            {
                break;
            }

            p = n;
        }

        // "حباب قیمت‌ها/ قیمت برنج ۳۵ هزار تومان علی رضایی عضو انجمن ... گفت": a sub-heading glued to the sentence
        // that introduces a person; the speaker is the name + title written right before the verb's phrase.
        p = SkipGluedHeading(t, p, end);

        // A name in guillemets or quotation marks ("«مروان عبود» استاندار بیروت").
        if (p < end && t[p] is '«' or '"' or '“')
        {
            int close = t.AsSpan(p + 1, Math.Min(60, end - p - 1)).IndexOf(CloseMark(t[p])) + 1;
            if (close > 1)
            {
                int ns = p + 1, ne = p + close;
                var (rs0, re0) = TrailingRole(t, p + close + 1, end);
                return new Mention(MentionKind.Name, p, p + close + 1, ns, ne, rs0, re0);
            }
        }

        if (p >= end || !PhraseTrie.IsWordChar(t[p]) || QuoteWords.SubjectStops.TryMatch(t, p, end, out _, out _))
        {
            // "با این حال، استاندار نیمروز ... می‌گوید": an opening adverbial closed by a comma precedes the subject.
            int comma = p < end ? t.AsSpan(p, end - p).IndexOfAny('،', ',') : -1;
            if (comma > 0 && !IsAdverbialCue(t, p, end))
            {
                var inner = Parse(t, p + comma + 1, end);
                if (inner.Kind != MentionKind.Dropped)
                {
                    return inner;
                }
            }

            return Mention.DroppedAt(end);
        }

        if (QuoteWords.Pronouns.TryMatch(t, p, end, out _, out int pronEnd))
        {
            return new Mention(MentionKind.Pronoun, p, pronEnd, p, pronEnd, p, p);
        }

        bool startsWithRole = OpensWithRole(t, SkipHonorifics(t, p, end), end)
                              || QuoteWords.GroupHeads.TryMatch(t, p, end, out _, out _)
                              || QuoteWords.Demonstratives.TryMatch(t, p, end, out _, out _);

        // The noun phrase runs to the first stop word, comma, bracket or quotation mark.
        int npStart = p, npEnd = p, words = 0;
        bool objectFollows = false, objectOpened = false;
        int q = p;
        while (q < end && words < MaxSubjectWords)
        {
            if (t[q] is '«' or '"' or '“' && npEnd > npStart)
            {
                // "روزنامه «تایمز اسرائیل»", 'روزنامه "تایمز اسرائیل"': a name in quotation marks completes the noun phrase.
                int close = t.AsSpan(q + 1, Math.Min(60, end - q - 1)).IndexOf(CloseMark(t[q])) + 1;
                if (close > 1)
                {
                    q += close + 1;
                    npEnd = q;
                    words++;
                    continue;
                }
            }

            if (!PhraseTrie.IsWordChar(t[q]))
            {
                if (t[q] is '-' or '.' && npEnd > npStart && q + 1 < end && PhraseTrie.IsWordChar(t[q + 1]))
                {
                    q++;
                    continue;
                }

                if (!PhraseTrie.IsJointChar(t[q]))
                {
                    break;
                }

                q++;
                continue;
            }

            if (q > npStart && StopsTitle(t, npStart, q, end) && !IsNobiliaryDer(t, npStart, q, end)
                && !(startsWithRole && IsAnotherAdjective(t, npStart, q, end)))
            {
                if (IsWordAt(t, q, end, "از") && (QuoteWords.Partitives.IsWhole(t, npStart, npEnd, out _) || EndsWithOne(t, npStart, npEnd)))
                {
                    // "گروهی از زندانیان", "بیش از ۲۰۰ وکیل": the group after a partitive is part of the subject
                    // (a doubled "از از" is a typo of the same).
                    q = SkipSpace(t, q + 2, end);
                    if (IsWordAt(t, q, end, "از"))
                    {
                        q = SkipSpace(t, q + 2, end);
                    }

                    continue;
                }

                objectFollows = IsObjectMarker(t, q, end);
                break;
            }

            if (q > npStart && (QuoteWords.Demonstratives.TryMatch(t, q, end, out _, out _) || QuoteWords.Quantifiers.TryMatch(t, q, end, out _, out _))
                && ObjectAhead(t, q, end))
            {
                // "وزارت راه هرگونه توقف در پروژه را تکذیب کرد": a quantifier opens the object just as a demonstrative does.
                // "علی لاریجانی این اظهارات را تکراری خواند": a demonstrative inside the phrase opens the object, so the
                // subject ends before it.
                objectFollows = true;
                objectOpened = true;
                break;
            }

            if (q > npStart && !startsWithRole && QuoteWords.RoleHeads.TryMatch(t, q, end, out _, out _) && !AfterNumber(t, q))
            {
                // "ناصر کنعانی سخنگوی وزارت امور خارجه ...": the name ends where the title begins.
                var (rs1, re1) = TrailingRole(t, q, end);
                return new Mention(MentionKind.Name, npStart, npEnd, SkipHonorifics(t, npStart, npEnd), npEnd, rs1, re1);
            }

            bool another = q > npStart && IsWordAt(t, q, end, "دیگری");
            q = WordEnd(t, q, end);
            npEnd = q;
            words++;
            if (another && ObjectAhead(t, q, end))
            {
                // "داوطلب دیگری مهم‌ترین مشکل کشور را ... دانست": the indefinite "دیگری" closes the subject; the object follows.
                objectFollows = true;
                break;
            }
        }

        if (npEnd <= npStart || words >= MaxSubjectWords)
        {
            return Mention.DroppedAt(end);
        }

        // "... را هدف خود دانست و تأکید کرد": a subject never ends with "و"; what precedes it is a verb coordinated
        // with this one, which keeps the subject of the sentence.
        if (npEnd - npStart > 2 && t[npEnd - 1] == 'و' && !PhraseTrie.IsWordChar(t[npEnd - 2]) && AfterVerb(t, npEnd - 1, pastStem: true))
        {
            return Mention.DroppedAt(end);
        }

        int roleStart = npEnd, roleEnd = npEnd;
        int after = SkipSpace(t, npEnd, end);
        if (after < end && t[after] == '(' && LatinBracket(t, after, end) is int latinClose && latinClose > after)
        {
            // "سم آلتمن (Sam Altman)، مدیرعامل OpenAI،": the name in Latin letters, not a title; the title follows it.
            roleStart = roleEnd = npEnd;
            after = SkipSpace(t, latinClose + 1, end);
            if (after < end && t[after] is not ('،' or ','))
            {
                after = end;
            }
        }

        if (after < end && t[after] is '،' or ',')
        {
            // Apposition: "NAME، ROLE، ..." (the role runs to the next comma, or to a stop word).
            int rs = SkipSpace(t, after + 1, end);
            int re = rs, r = rs, rw = 0;
            while (r < end && rw < 12)
            {
                if (t[r] is '،' or ',')
                {
                    break;
                }

                if (PhraseTrie.IsWordChar(t[r]))
                {
                    if (IsWordAt(t, r, end, "از") && EndsWithOne(t, rs, re))
                    {
                        // "X، یکی از ساکنان محل،": the group after "یکی از" is part of the description.
                        r += 2;
                        continue;
                    }

                    if (re > rs && (IsWordAt(t, r, end, "در") || IsWordAt(t, r, end, "برای")) && ClosingCommaAhead(t, r, end))
                    {
                        // "X، معاون رئیس‌جمهور در امور زنان،", "X، سفیر ایران در لندن،": a title set off by two commas
                        // keeps its phrase with "در".
                        r = WordEnd(t, r, end);
                        continue;
                    }

                    if (StopsTitle(t, rs, r, end))
                    {
                        if (IsObjectMarker(t, r, end))
                        {
                            // "مسئولان عراقی، دمشق را متهم کردند": after the comma comes the object, not a title.
                            re = rs;
                        }

                        break;
                    }

                    r = WordEnd(t, r, end);
                    re = r;
                    rw++;
                    continue;
                }

                r++;
            }

            if (r < end && t[r] is '،' or ',' && re > rs && QuoteWords.RoleHeads.TryMatch(t, rs, re, out _, out _)
                && SerialTitleEnd(t, r, end) is int serial and > 0)
            {
                // "X، وزیر بهداشت، درمان و آموزش پزشکی، گفت": an office named by a list ("A، B و C") keeps the whole list.
                re = serial;
            }

            if (re - rs > 2 && t[re - 1] == 'و' && !PhraseTrie.IsWordChar(t[re - 2]))
            {
                // "X، استاد بزرگ شطرنج و از امیدهای ...": the role stops before the "و" that joins a second description.
                re = TrimEndSpace(t, rs, re - 1);
            }

            if (re > rs && rw < 12)
            {
                roleStart = rs;
                roleEnd = re;
                if (rw <= 4 && words <= 2 && IsCoordination(t, rs, re))
                {
                    // "بریتانیا، رومانی و لیبریا اعلام کردند": a list of names, not a name and its role.
                    return new Mention(MentionKind.Name, npStart, re, SkipHonorifics(t, npStart, npEnd), re, re, re);
                }
            }
        }
        else if (after < end && t[after] == '(')
        {
            // "NAME (ROLE)": the bracket is not the name, and is its role when it holds more than one word; one word is
            // an acronym ("سازمان پیمان آتلانتیک شمالی (ناتو)") or an honorific ("امام خمینی (ره)"), not a title.
            int close = t.AsSpan(after, end - after).IndexOf(')');
            if (close > 1 && t.AsSpan(after + 1, close - 1).Trim(' ').Contains(' '))
            {
                roleStart = after + 1;
                roleEnd = after + close;
            }
        }

        if (QuoteWords.Pronouns.IsWhole(t, npStart, npEnd, out _))
        {
            return new Mention(MentionKind.Pronoun, npStart, npEnd, npStart, npEnd, npStart, npStart);
        }

        if (QuoteWords.Demonstratives.IsWhole(t, npStart, npEnd, out _))
        {
            // "این" alone points back like a pronoun.
            return new Mention(MentionKind.Pronoun, npStart, npEnd, npStart, npEnd, npStart, npStart);
        }

        if (QuoteWords.Demonstratives.TryMatch(t, npStart, npEnd, out _, out int demEnd) && demEnd < npEnd)
        {
            int rs = SkipSpace(t, demEnd, npEnd);
            return new Mention(MentionKind.Anaphor, npStart, npEnd, npStart, npEnd, rs, npEnd);
        }

        // Titles and honorifics in front of the name are not part of it.
        int nameStart = SkipHonorifics(t, npStart, npEnd);
        if (nameStart >= npEnd)
        {
            return new Mention(MentionKind.Role, npStart, npEnd, npStart, npEnd, npStart, npEnd);
        }

        // "یک اقتصاددان", "یک کاندیدای انتخابات": one person described by a profession or a title, whom the article
        // usually names next; "یک مقام" and "یک منبع" are anonymous by convention and stay as written.
        if (QuoteWords.Indefinite.TryMatch(t, nameStart, npEnd, out _, out int ie))
        {
            int rs = SkipSpace(t, ie, npEnd);
            if (rs < npEnd && QuoteWords.RoleHeads.TryMatch(t, rs, npEnd, out _, out _) && !QuoteWords.AnonymousHeads.TryMatch(t, rs, npEnd, out _, out _))
            {
                return new Mention(MentionKind.Role, npStart, npEnd, npStart, npEnd, rs, npEnd);
            }
        }

        if (OpensWithRole(t, nameStart, npEnd) && !QuoteWords.GroupHeads.TryMatch(t, nameStart, npEnd, out _, out _))
        {
            // "ROLE NAME": the name begins at the first honorific or given name after the role's head; one right after a
            // place or body named after someone ("رئیس دانشگاه شهید بهشتی", "رئیس بیمارستان امام رضا") is the place's.
            int w = WordEnd(t, nameStart, npEnd);
            int placeNameEnd = -1;
            while (w < npEnd)
            {
                int ws = SkipSpace(t, w, npEnd);
                if (ws >= npEnd)
                {
                    break;
                }

                if (QuoteWords.FacilityHeads.TryMatch(t, ws, npEnd, out _, out int fe))
                {
                    int placeStart = SkipSpace(t, fe, npEnd);
                    int nameWord = placeStart < npEnd ? WordEnd(t, placeStart, npEnd) : placeStart;
                    if (placeStart < npEnd && QuoteWords.SaintTitles.TryMatch(t, placeStart, npEnd, out _, out int se))
                    {
                        // "امام رضا", "شهید بهشتی": the title and the name after it.
                        int saint = SkipSpace(t, se, npEnd);
                        nameWord = saint < npEnd ? WordEnd(t, saint, npEnd) : se;
                    }

                    placeNameEnd = nameWord;
                }
                else if (ws < placeNameEnd)
                {
                    // A word of the place's own name.
                }
                else if (QuoteWords.Honorifics.TryMatch(t, ws, npEnd, out _, out _) || QuoteWords.GivenNames.TryMatch(t, ws, npEnd, out _, out _))
                {
                    int ns = SkipHonorifics(t, ws, npEnd);
                    if (ns < npEnd)
                    {
                        return new Mention(MentionKind.Name, npStart, npEnd, ns, npEnd, nameStart, TrimEndSpace(t, nameStart, ws));
                    }
                }

                // Always move on: at a character that is neither a word character nor a space ("سازمان-هواشناسی")
                // WordEnd returns ws itself, and the loop never ended.
                int next = WordEnd(t, ws, npEnd);
                w = next > ws ? next : ws + 1;
            }

            if (roleEnd > roleStart && !QuoteWords.RoleHeads.TryMatch(t, roleStart, roleEnd, out _, out _))
            {
                // "ROLE، NAME،": the apposition is the name.
                return new Mention(MentionKind.Name, npStart, roleEnd, SkipHonorifics(t, roleStart, roleEnd), roleEnd, nameStart, npEnd);
            }

            return new Mention(MentionKind.Role, npStart, npEnd, nameStart, npEnd, nameStart, npEnd);
        }

        if (objectFollows && !objectOpened && roleEnd <= roleStart && words >= 3)
        {
            // "خاکزاد مشکلات سیستم توزیع را ... دانست": subject and object run together before "را"; the subject is
            // the name that opens the phrase (its first word; the resolver finds the fuller name).
            int first = WordEnd(t, nameStart, npEnd);
            return new Mention(MentionKind.Name, npStart, first, nameStart, first, first, first);
        }

        if (roleEnd <= roleStart && QuoteWords.GivenNames.TryMatch(t, nameStart, npEnd, out _, out _) && OneOfAfterName(t, nameStart, npEnd) is int one && one > nameStart)
        {
            // "مریم احمدی یکی از ساکنان محله گفت": a person's name, then "یکی از" + a group in apposition without commas.
            return new Mention(MentionKind.Name, npStart, npEnd, nameStart, TrimEndSpace(t, nameStart, one), one, npEnd);
        }

        if (roleEnd > roleStart && RelationToAnother(t, nameStart, npEnd) && !QuoteWords.RoleHeads.TryMatch(t, roleStart, roleEnd, out _, out _)
            && !RelationToAnother(t, roleStart, roleEnd))
        {
            // "همسر وی، تقی رحمانی،", "پدر این دانشجو، علی کریمی،": a person described by a relation to someone else
            // (a pronoun or a demonstrative after the first word, which no name has), then the name in apposition.
            return new Mention(MentionKind.Name, npStart, roleEnd, SkipHonorifics(t, roleStart, roleEnd), roleEnd, nameStart, npEnd);
        }

        if (roleEnd > roleStart && IsWordAt(t, nameStart, npEnd, "یکی") && !QuoteWords.RoleHeads.TryMatch(t, roleStart, roleEnd, out _, out _)
            && (QuoteWords.GivenNames.TryMatch(t, roleStart, roleEnd, out _, out _) || QuoteWords.Honorifics.TryMatch(t, roleStart, roleEnd, out _, out _)))
        {
            // "یکی دیگر از اعضای کمیسیون، محسن رحیمی،": one of a group, then the person's name in apposition.
            return new Mention(MentionKind.Name, npStart, roleEnd, SkipHonorifics(t, roleStart, roleEnd), roleEnd, nameStart, npEnd);
        }

        return new Mention(MentionKind.Name, npStart, npEnd, nameStart, npEnd, roleStart, roleEnd);
    }

    // Whether [start, end) has, after its first word, a personal pronoun or a demonstrative followed by a word.
    private static bool RelationToAnother(string t, int start, int end)
    {
        int w = SkipSpace(t, WordEnd(t, start, end), end);
        for (int n = 0; w < end && n < MaxSubjectWords; n++)
        {
            if (!PhraseTrie.IsWordChar(t[w]))
            {
                return false;
            }

            int we = WordEnd(t, w, end);
            if (QuoteWords.Pronouns.IsWhole(t, w, we, out _)
                || (QuoteWords.Demonstratives.IsWhole(t, w, we, out _) && SkipSpace(t, we, end) < end))
            {
                return true;
            }

            w = SkipSpace(t, we > w ? we : w + 1, end);
        }

        return false;
    }

    // "فون در لاین", "ون در بلن", "فان در سار": "der" of a Dutch or German name after "von"/"van" is part of the name,
    // not the preposition "در".
    private static bool IsNobiliaryDer(string t, int npStart, int q, int end)
    {
        if (!IsWordAt(t, q, end, "در"))
        {
            return false;
        }

        int e = TrimEndSpace(t, npStart, q);
        int w = e;
        while (w > npStart && PhraseTrie.IsWordChar(t[w - 1]))
        {
            w--;
        }

        var before = t.AsSpan(w, e - w);
        return before is "فون" or "ون" or "فان" && SkipSpace(t, q + 2, end) is var n && n < end && PhraseTrie.IsWordChar(t[n]);
    }

    // After the comma at `comma` inside a title: where a last list part "B و C" (at most five words, no digit or stop
    // word, closed by a comma) ends, or -1.
    private static int SerialTitleEnd(string t, int comma, int end)
    {
        int p = SkipSpace(t, comma + 1, end);
        bool va = false;
        for (int words = 0; p < end && words < 5; words++)
        {
            int we = WordEnd(t, p, end);
            if (we == p || PersianLetters.IsDigit(t[p]))
            {
                return -1;
            }

            if (IsWordAt(t, p, end, "و"))
            {
                va = words > 0;
            }
            else if (QuoteWords.SubjectStops.TryMatch(t, p, end, out _, out _))
            {
                return -1;
            }

            int n = SkipSpace(t, we, end);
            if (n < end && t[n] is '،' or ',')
            {
                return va ? we : -1;
            }

            p = n;
        }

        return -1;
    }

    // Where "یکی از" starts after the first one to three words of [p, end), or -1.
    private static int OneOfAfterName(string t, int p, int end)
    {
        int w = WordEnd(t, p, end);
        for (int k = 0; k < 3 && w < end; k++)
        {
            int ws = SkipSpace(t, w, end);
            if (IsWordAt(t, ws, end, "یکی"))
            {
                return IsWordAt(t, SkipSpace(t, ws + 3, end), end, "از") ? ws : -1;
            }

            int next = WordEnd(t, ws, end);
            if (next <= ws)
            {
                return -1;
            }

            w = next;
        }

        return -1;
    }

    private static char CloseMark(char open) => open switch
    {
        '«' => '»',
        '“' => '”',
        _ => '"',
    };

    // A title opens the phrase, unless it is a title that is also a given name ("امیر قلعه‌نویی"): that one opens a name.
    private static bool OpensWithRole(string t, int p, int end)
        => QuoteWords.RoleHeads.TryMatch(t, p, end, out _, out int re)
           && !(QuoteWords.GivenNameTitles.TryMatch(t, p, end, out _, out int ge) && ge == re && SkipSpace(t, ge, end) < end);

    // "(در) روز ۴ فروردین (۱۴۰۰)": skips a date when a subject (a word that is not a stop word) follows it.
    private static int SkipDate(string t, int p, int end)
    {
        int q = p;
        if (IsWordAt(t, q, end, "در"))
        {
            q = SkipSpace(t, q + 2, end);
        }

        if (!IsWordAt(t, q, end, "روز"))
        {
            return p;
        }

        q = SkipSpace(t, q + 3, end);
        if (q >= end || !PersianLetters.IsDigit(t[q]))
        {
            return p;
        }

        q = SkipSpace(t, WordEnd(t, q, end), end);
        if (!QuoteWords.MonthNames.TryMatch(t, q, end, out _, out int me))
        {
            return p;
        }

        q = SkipSpace(t, me, end);
        if (q < end && PersianLetters.IsDigit(t[q]))
        {
            q = SkipSpace(t, WordEnd(t, q, end), end);
        }

        return q < end && PhraseTrie.IsWordChar(t[q]) && !QuoteWords.SubjectStops.TryMatch(t, q, end, out _, out _) ? q : p;
    }

    // "در این مراسم/دیدار/نشست (همچنین) X ...": skips the occasion phrase and discourse words when a subject follows.
    private static int SkipOccasion(string t, int p, int end)
    {
        if (!IsWordAt(t, p, end, "در"))
        {
            return p;
        }

        int d = SkipSpace(t, p + 2, end);
        if (!QuoteWords.Demonstratives.TryMatch(t, d, end, out _, out int de))
        {
            return p;
        }

        int n = SkipSpace(t, de, end);
        if (n >= end || !PhraseTrie.IsWordChar(t[n]) || !QuoteWords.OccasionNouns.TryMatch(t, n, end, out _, out int ne))
        {
            return p;
        }

        int q = SkipSpace(t, ne, end);
        while (q < end && QuoteWords.LeadingDiscourse.TryMatch(t, q, end, out _, out int le))
        {
            q = SkipSpace(t, le, end);
        }

        // Only when a subject follows: a given name, an honorific, a title or a pronoun.
        bool subject = q < end && (QuoteWords.GivenNames.TryMatch(t, q, end, out _, out _) || QuoteWords.Honorifics.TryMatch(t, q, end, out _, out _)
                                   || QuoteWords.RoleHeads.TryMatch(t, q, end, out _, out _) || QuoteWords.Pronouns.TryMatch(t, q, end, out _, out _)
                                   || (PhraseTrie.IsWordChar(t[q]) && !QuoteWords.SubjectStops.TryMatch(t, q, end, out _, out _)));
        return subject ? q : p;
    }

    // A sub-heading glued to the sentence after a headline slash: the phrase at p is not a person, and later a given name
    // (not after a preposition) is followed within three words by a title or an apposition comma.
    private static int SkipGluedHeading(string t, int p, int end)
    {
        int b = p - 1;
        while (b >= 0 && PhraseTrie.IsSpace(t[b]))
        {
            b--;
        }

        // Only right after a headline slash ("A/ B NAME ROLE ... گفت") or a speaker's heading ("تاج: می‌خواهیم ... مهدی
        // تاج در خصوص ... گفت", an intertitle run into the sentence): elsewhere a name later in the phrase is an object.
        if (b < 0 || !(t[b] == '/' || (t[b] == ':' && IsOneWordLabel(t, b))) || p >= end || !PhraseTrie.IsWordChar(t[p]) || StartsPerson(t, p, end) || QuoteWords.GroupHeads.TryMatch(t, p, end, out _, out _)
            || QuoteWords.Demonstratives.TryMatch(t, p, end, out _, out _))
        {
            return p;
        }

        int prevStart = p;
        int w = SkipSpace(t, WordEnd(t, p, end), end);
        for (int guard = 0; w < end && guard < 40; guard++)
        {
            if (!PhraseTrie.IsWordChar(t[w]))
            {
                if (t[w] is '،' or ',' or '«' or '(' or '"')
                {
                    return p;
                }

                w = SkipSpace(t, w + 1, end);
                continue;
            }

            if (QuoteWords.GivenNames.TryMatch(t, w, end, out _, out _) && !QuoteWords.SubjectStops.TryMatch(t, prevStart, end, out _, out _)
                && !QuoteWords.ClauseOpeners.TryMatch(t, prevStart, end, out _, out _)
                && (t[b] == ':' ? SurnameIsLabel(t, w, end, b) : IntroducesPerson(t, w, end)))
            {
                return w;
            }

            prevStart = w;
            w = SkipSpace(t, WordEnd(t, w, end), end);
        }

        return p;
    }

    // "تاج: ... مهدی تاج": the word after the given name at w is the heading's one word before the colon.
    private static bool SurnameIsLabel(string t, int w, int end, int colon)
    {
        var (ls, le) = WordBefore(t, colon);
        int q = SkipSpace(t, WordEnd(t, w, end), end);
        int qe = WordEnd(t, q, end);
        return qe > q && t.AsSpan(q, qe - q).SequenceEqual(t.AsSpan(ls, le - ls));
    }

    // The colon at `colon` follows one word that opens a sentence or a line ("تاج:" after ".").
    private static bool IsOneWordLabel(string t, int colon)
    {
        var (w, e) = WordBefore(t, colon);
        if (w == e)
        {
            return false;
        }

        int b = TrimEndSpace(t, 0, w);
        return b == 0 || t[b - 1] is '.' or '\n' or '\r' or '!' or '؟' or '?';
    }

    /// <summary>The word that ends at the last non-space before <paramref name="p"/>: its start and end (equal when a
    /// non-word character comes first).</summary>
    public static (int Start, int End) WordBefore(string t, int p)
    {
        int e = TrimEndSpace(t, 0, p);
        int w = e;
        while (w > 0 && PhraseTrie.IsWordChar(t[w - 1]))
        {
            w--;
        }

        return (w, e);
    }

    internal static bool StartsPerson(string t, int p, int end)
        => QuoteWords.GivenNames.TryMatch(t, p, end, out _, out _) || QuoteWords.Honorifics.TryMatch(t, p, end, out _, out _)
           || QuoteWords.RoleHeads.TryMatch(t, p, end, out _, out _) || QuoteWords.Pronouns.TryMatch(t, p, end, out _, out _)
           || QuoteWords.Partitives.TryMatch(t, p, end, out _, out _) || IsWordAt(t, p, end, "چند");

    // "۲۰۰ وکیل", "سه نماینده": a title after a number is the counted noun of a group, not the start of a role.
    private static bool AfterNumber(string t, int p)
    {
        int e = TrimEndSpace(t, 0, p);
        int s = e;
        while (s > 0 && PhraseTrie.IsWordChar(t[s - 1]))
        {
            s--;
        }

        return e > s && (PersianLetters.IsDigit(t[e - 1]) || QuoteWords.CountWords.IsWhole(t, s, e, out _));
    }

    // The word before p is a past participle of a compound tense ("مختل شده و ...", "اعلام کرده و ...").
    private static bool AfterParticiple(string t, int p)
    {
        int e = TrimEndSpace(t, 0, p);
        int s = e;
        while (s > 0 && PhraseTrie.IsWordChar(t[s - 1]))
        {
            s--;
        }

        return e > s && QuoteWords.Participles.IsWhole(t, s, e, out _);
    }

    // "GIVEN SURNAME ROLE ..." or "GIVEN SURNAME، ...": a person introduced with a title right after the name.
    private static bool IntroducesPerson(string t, int w, int end)
    {
        int q = SkipSpace(t, WordEnd(t, w, end), end);
        for (int i = 0; i < 3 && q < end; i++)
        {
            if (t[q] is '،' or ',')
            {
                return i > 0;
            }

            if (!PhraseTrie.IsWordChar(t[q]) || QuoteWords.SubjectStops.TryMatch(t, q, end, out _, out _))
            {
                return false;
            }

            if (i > 0 && QuoteWords.RoleHeads.TryMatch(t, q, end, out _, out _))
            {
                return true;
            }

            q = SkipSpace(t, WordEnd(t, q, end), end);
        }

        return q < end && (t[q] is '،' or ',' || QuoteWords.RoleHeads.TryMatch(t, q, end, out _, out _));
    }

    // "با بیان اینکه CLAUSE، افزود": the comma closes the reported clause, and the subject is dropped.
    private static bool IsAdverbialCue(string t, int p, int end)
    {
        int q = p;
        for (int w = 0; w < 6 && q < end; w++)
        {
            if (IsWordAt(t, q, end, "اینکه") || IsWordAt(t, q, end, "که"))
            {
                return true;
            }

            q = SkipSpace(t, WordEnd(t, q, end) + (WordEnd(t, q, end) == q ? 1 : 0), end);
        }

        return false;
    }

    internal static bool IsWordAt(string t, int p, int end, string word)
        => p + word.Length <= end && t.AsSpan(p, word.Length).SequenceEqual(word) && (p + word.Length == end || !PhraseTrie.IsWordChar(t[p + word.Length]));

    private static bool IsObjectMarker(string t, int q, int end) => IsWordAt(t, q, end, "را");

    // "(Sam Altman)": a bracket of Latin letters (a name as its owner writes it); the closing bracket, or -1.
    private static int LatinBracket(string t, int open, int end)
    {
        int close = t.AsSpan(open, Math.Min(60, end - open)).IndexOf(')');
        if (close < 2)
        {
            return -1;
        }

        bool letters = false;
        for (int i = open + 1; i < open + close; i++)
        {
            char c = t[i];
            if (char.IsAsciiLetter(c))
            {
                letters = true;
            }
            else if (c is not (' ' or '.' or '-' or '\''))
            {
                return -1;
            }
        }

        return letters ? open + close : -1;
    }

    // Whether a comma closes the apposition within a few more words, with no object marker, sentence end or other
    // preposition phrase of time before it ("در امور زنان،" yes; "در نشست خبری گفت" no).
    private static bool ClosingCommaAhead(string t, int p, int end)
    {
        int words = 0;
        for (int i = WordEnd(t, p, end); i < end; i++)
        {
            char c = t[i];
            if (c is '،' or ',')
            {
                return true;
            }

            if (c is '.' or '!' or '?' or '؟' or ':' or '«' or '"')
            {
                return false;
            }

            if (PhraseTrie.IsWordChar(c) && !PhraseTrie.IsWordChar(t[i - 1]))
            {
                if (++words > 5 || IsObjectMarker(t, i, end) || QuoteWords.SubjectStops.TryMatch(t, i, end, out _, out _))
                {
                    return false;
                }
            }
        }

        return false;
    }

    // Whether the word at p ends a subject or a title begun at start: a stop word, except "جمعه" after "امام" or "نماز"
    // ("امام جمعه موقت تهران", "خطیب نماز جمعه"), where it is no weekday, and "با" after "مقابله" or "مبارزه", the
    // complement of an office's name ("ستاد ملی مقابله با کرونا", "سازمان مبارزه با قاچاق کالا").
    private static bool StopsTitle(string t, int start, int p, int end)
    {
        if (!QuoteWords.SubjectStops.TryMatch(t, p, end, out _, out _))
        {
            return false;
        }

        int before = TrimEndSpace(t, start, p);
        if (IsWordAt(t, p, end, "با"))
        {
            return !(EndsWithWord(t, start, before, "مقابله") || EndsWithWord(t, start, before, "مبارزه"));
        }

        if (!IsWordAt(t, p, end, "جمعه"))
        {
            return true;
        }

        return !(EndsWithWord(t, start, before, "امام") || EndsWithWord(t, start, before, "نماز"));
    }

    private static bool EndsWithWord(string t, int start, int end, string word)
        => end - word.Length >= start && t.AsSpan(end - word.Length, word.Length).SequenceEqual(word)
           && (end - word.Length == start || !PhraseTrie.IsWordChar(t[end - word.Length - 1]));

    // "یکی", "همسر یکی", "مادر یکی", "یکی دیگر": a phrase ending with "one" (or "another one"), which "از" + a group
    // completes ("یکی از قربانیان", "یکی دیگر از نمایندگان").
    private static bool EndsWithOne(string t, int start, int end)
    {
        end = TrimEndSpace(t, start, end);
        if (EndsWithWord(t, start, end, "دیگر"))
        {
            end = TrimEndSpace(t, start, end - 4);
        }

        return end - start >= 3 && t.AsSpan(end - 3, 3).SequenceEqual("یکی") && (end - 3 == start || !PhraseTrie.IsWordChar(t[end - 4]));
    }

    // "عضو دیگر کمیسیون", "نماینده دیگر تهران", "یکی دیگر از ...": "دیگر" right after the title or group word that opens
    // the phrase is the adjective "other", not the adverb "any more" that ends a subject; a word must follow it.
    private static bool IsAnotherAdjective(string t, int start, int p, int end)
    {
        if (!IsWordAt(t, p, end, "دیگر"))
        {
            return false;
        }

        int before = TrimEndSpace(t, start, p);
        int ws = before;
        while (ws > start && (PhraseTrie.IsWordChar(t[ws - 1]) || t[ws - 1] == '\u200C'))
        {
            ws--;
        }

        int lead = TrimEndSpace(t, start, ws);
        if (lead != start && !(lead - start == 2 && IsWordAt(t, start, lead, "یک")))
        {
            return false;
        }

        int next = SkipSpace(t, p + 4, end);
        return next < end && PhraseTrie.IsWordChar(t[next]);
    }

    // Whether the object marker "را" closes the short phrase that starts at q (within six words, before any
    // punctuation or "که").
    private static bool ObjectAhead(string t, int q, int end)
    {
        for (int r = q, words = 0; r < end && words < 6; words++)
        {
            r = SkipSpace(t, r, end);
            if (r >= end || !PhraseTrie.IsWordChar(t[r]) || IsWordAt(t, r, end, "که"))
            {
                return false;
            }

            if (words > 0 && IsObjectMarker(t, r, end))
            {
                return true;
            }

            int next = WordEnd(t, r, end);
            r = next > r ? next : r + 1;
        }

        return false;
    }

    /// <summary>The start of the clause that holds the verb: after the last ", CONJ" or ":" before it.</summary>
    public static int ClauseStart(string t, int start, int end)
    {
        int result = start;
        int first = SkipSpace(t, start, end);
        if (first < end && QuoteWords.OutletAttribution.TryMatch(t, first, end, out _, out int oa))
        {
            // "به گزارش ایسنا، X گفت": the outlet's attribution is not the subject.
            int comma = t.AsSpan(oa, end - oa).IndexOfAny('،', ',');
            if (comma >= 0)
            {
                start = oa + comma + 1;
                result = start;
            }
            else
            {
                // "به گزارش خبرنگار ما سید جعفر ... گفت": without a comma, the subject starts at the first given name
                // or honorific after the attribution; after the outlet's name, also at a partitive group ("به گزارش
                // هرانا گروهی از ...") or an opening adverb of time ("... هرانا روز شنبه بیش از ۲۰۰ وکیل ...").
                int first1 = SkipSpace(t, oa, end);
                for (int w = first1; w < end; w = SkipSpace(t, WordEnd(t, w, end) + (WordEnd(t, w, end) == w ? 1 : 0), end))
                {
                    if (QuoteWords.GivenNames.TryMatch(t, w, end, out _, out _) || QuoteWords.Honorifics.TryMatch(t, w, end, out _, out _)
                        || (w > first1 && (QuoteWords.Partitives.TryMatch(t, w, end, out _, out _) || QuoteWords.OpeningAdverbs.TryMatch(t, w, end, out _, out _))))
                    {
                        start = w;
                        result = w;
                        break;
                    }
                }
            }
        }

        int depth = 0;

        // "در حالی که X می‌گوید ...، Y خواستند" opening the sentence: the subordinate clause is read like one inside it.
        int opening = SkipSpace(t, start, end);
        bool whileSeen = IsWordAt(t, opening, end, "در") && IsWordAt(t, SkipSpace(t, opening + 2, end), end, "حالی");
        bool inWhileClause = false;
        for (int i = start; i < end; i++)
        {
            if (Vector256.IsHardwareAccelerated && i > start && i + Vector256<ushort>.Count <= end)
            {
                // Sixteen characters at a time, the ones this loop passes over unchanged are skipped (see below).
                uint wake = ClauseWake(t, i);
                if (wake == 0)
                {
                    i += Vector256<ushort>.Count - 1;
                    continue;
                }

                i += BitOperations.TrailingZeroCount(wake);
            }

            char c = t[i];

            // Arabic-script letters and digits are most of the text and none is a mark this loop reacts to; only the
            // first letters of "در", "که", "اما", "ولی", "و" and of the discourse phrases ("از سوی دیگر", "با این
            // حال", "هم‌زمان") at a word start need the word checks below.
            bool letter = c is >= '\u0621' and <= '\u06FF';
            if (letter && (depth != 0 || c is not ('د' or 'ک' or 'ا' or 'و' or 'ب' or 'ه') || i <= start || !PhraseTrie.IsJointChar(t[i - 1])))
            {
                continue;
            }

            if (depth == 0 && i > start && PhraseTrie.IsWordChar(c) && PhraseTrie.IsJointChar(t[i - 1]))
            {
                // Each test below is tried only for the letter its words start with (the order of the tests, which
                // decides between them, is kept).
                // "این سخنان در حالی بیان شد که X گفت": the verb's clause opens after "در حالی ... که".
                if (c == 'د' && IsWordAt(t, i, end, "در") && (IsWordAt(t, SkipSpace(t, i + 2, end), end, "حالی")))
                {
                    whileSeen = true;
                }
                else if (c == 'ک' && whileSeen && IsWordAt(t, i, end, "که"))
                {
                    result = i + 2;
                    whileSeen = false;
                    inWhileClause = true;
                }
                else if (c is 'ا' or 'و' && (IsWordAt(t, i, end, "اما") || (IsWordAt(t, i, end, "ولی") && AfterVerb(t, i)))
                         && SkipSpace(t, i + 3, end) is var n && n < end && PhraseTrie.IsWordChar(t[n]) && !QuoteWords.SubjectStops.TryMatch(t, n, end, out _, out _))
                {
                    // Only when a subject follows: "X از دولت دفاع کرد اما گفت" keeps the sentence's subject X.
                    // "... نکرده‌اند ولی روزنامه X نوشت": a contrast opens a new clause even without a comma.
                    result = i + 3;
                }
                else if (QuoteWords.LeadingDiscourse.CanStartWith(c) && AfterVerb(t, i, pastStem: true) && QuoteWords.LeadingDiscourse.TryMatch(t, i, end, out _, out int de) && t.AsSpan(i, de - i).IndexOf(' ') > 0
                         && SkipSpace(t, de, end) is var sw && sw < end && PhraseTrie.IsWordChar(t[sw]) && !QuoteWords.SubjectStops.TryMatch(t, sw, end, out _, out _))
                {
                    // "... متهم شد از سوی دیگر X گفت": a headline run into the text without a full stop; a discourse
                    // phrase right after a finite verb, with a subject after it, opens the next sentence.
                    result = i;
                }
                else if (c is 'ک' or 'و' && (IsWordAt(t, i, end, "که") || IsWordAt(t, i, end, "و")) && (AfterVerb(t, i, pastStem: true) || AfterParticiple(t, i))
                         && SkipSpace(t, i + (t[i] == 'و' ? 1 : 2), end) is var sn && sn < end && StartsPerson(t, sn, end))
                {
                    // "تصاویر نشان می‌دهد که چند صد نفر ... شعار می‌دهند", "... مختل شده و مدیر روابط عمومی ... گفته":
                    // a finite verb (or a participle) and "که"/"و" close a clause; a subject after them opens the next.
                    result = sn;
                }
            }

            if (c is '«' or '“')
            {
                depth++;
            }
            else if (c is '»' or '”')
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (depth == 0 && (c is '؛' or ';' || (c == ':' && !QuoteScanner.IsClockColon(t, i, end)) || QuoteScanner.IsHeadlineSlash(t, i, end)
                                    || (c is '-' or '–' or '—' && i > start && i + 1 < end && t[i - 1] == ' ' && t[i + 1] == ' ')))
            {
                result = i + 1;
            }
            else if (depth == 0 && c is '،' or ',')
            {
                int w = SkipSpace(t, i + 1, end);
                if (w < end && QuoteWords.ClauseOpeners.TryMatch(t, w, end, out _, out int oe) && oe < end
                    && SkipSpace(t, oe, end) < end)
                {
                    // Only with a subject of its own after the conjunction: in "وکیل این متهم، محمود علیزاده، اما گفت"
                    // and "وزیر نفت این ادعا را رد کرد، اما گفت" the verb right after it shares the sentence's subject.
                    result = oe;
                }
                else if (inWhileClause && AfterVerb(t, i) && w < end && PhraseTrie.IsWordChar(t[w]))
                {
                    // "در حالی که X می‌گوید ... شده است، Y خواستند": the comma after the subordinate clause's verb
                    // opens the main clause.
                    result = w;
                    inWhileClause = false;
                }
            }
        }

        return result;
    }

    // For the sixteen characters at i (i > 0), the bits of those ClauseStart's loop must look at. It passes over, at any
    // depth, a letter or digit of the Arabic block (U+0621..U+06FF) unless it is one of د ک ا و ب ه after a joint,
    // and a space or a half-space: a half-space after a joint is a word start for the loop, but no clause word and
    // no discourse phrase starts with it.
    private static uint ClauseWake(string t, int i)
    {
        ref ushort at = ref Unsafe.As<char, ushort>(ref Unsafe.AsRef(in t.GetPinnableReference()));
        var v = Vector256.LoadUnsafe(ref at, (nuint)i);
        var prev = Vector256.LoadUnsafe(ref at, (nuint)(i - 1));
        var letter = Vector256.LessThanOrEqual(v - Vector256.Create((ushort)0x621), Vector256.Create((ushort)(0x6FF - 0x621)));
        var opener = Vector256.Equals(v, Vector256.Create((ushort)'د')) | Vector256.Equals(v, Vector256.Create((ushort)'ک'))
                     | Vector256.Equals(v, Vector256.Create((ushort)'ا')) | Vector256.Equals(v, Vector256.Create((ushort)'و'))
                     | Vector256.Equals(v, Vector256.Create((ushort)'ب')) | Vector256.Equals(v, Vector256.Create((ushort)'ه'));
        var afterJoint = Vector256.Equals(prev, Vector256.Create((ushort)' ')) | Vector256.Equals(prev, Vector256.Create((ushort)PersianLetters.Zwnj))
                         | Vector256.Equals(prev, Vector256.Create((ushort)PersianLetters.Nbsp)) | Vector256.Equals(prev, Vector256.Create((ushort)'\u202F'))
                         | Vector256.Equals(prev, Vector256.Create((ushort)'\u2009')) | Vector256.Equals(prev, Vector256.Create((ushort)'\t'));
        var space = Vector256.Equals(v, Vector256.Create((ushort)' ')) | Vector256.Equals(v, Vector256.Create((ushort)PersianLetters.Zwnj));
        var passed = Vector256.AndNot(letter, opener & afterJoint) | space;
        return ~passed.ExtractMostSignificantBits() & 0xFFFF;
    }

    // "رومانی و لیبریا": a short range of names joined by "و", without a title.
    private static bool IsCoordination(string t, int s, int e)
    {
        if (QuoteWords.RoleHeads.TryMatch(t, s, e, out _, out _) || QuoteWords.Honorifics.TryMatch(t, s, e, out _, out _)
            || QuoteWords.GivenNames.TryMatch(t, s, e, out _, out _))
        {
            return false;
        }

        int w = WordEnd(t, s, e);
        for (int i = 0; i < 3; i++)
        {
            int n = SkipSpace(t, w, e);
            if (n >= e)
            {
                return false;
            }

            if (IsWordAt(t, n, e, "و"))
            {
                int last = SkipSpace(t, n + 1, e);
                return last < e && WordEnd(t, last, e) >= e && !QuoteWords.RoleHeads.TryMatch(t, last, e, out _, out _);
            }

            w = WordEnd(t, n, e);
        }

        return false;
    }

    /// <summary>"در حالی که X می‌گوید ...، Y خواستند": where the subordinate clause that opens the sentence at
    /// <paramref name="sent"/> ends (the first comma after a finite verb), when that is at or after <paramref name="from"/>
    /// and before <paramref name="end"/>; otherwise -1.</summary>
    public static int OpeningWhileClauseEnd(string t, int sent, int from, int end)
    {
        int o = SkipSpace(t, sent, end);
        if (!IsWordAt(t, o, end, "در") || !IsWordAt(t, SkipSpace(t, o + 2, end), end, "حالی"))
        {
            return -1;
        }

        for (int c = o; c < end; c++)
        {
            if (t[c] is '،' or ',' && AfterVerb(t, c, pastStem: true))
            {
                return c >= from ? c : -1;
            }
        }

        return -1;
    }

    // The word before p ends like a finite verb ("کرد", "نکرده‌اند", "است"): "ولی" after it is the conjunction, not
    // the noun of "نماینده ولی فقیه". With pastStem, a past stem in ت ("رفت", "یافت") counts too.
    private static bool AfterVerb(string t, int p, bool pastStem = false)
    {
        int e = p;
        while (e > 0 && PhraseTrie.IsSpace(t[e - 1]))
        {
            e--;
        }

        if (e == 0 || !PhraseTrie.IsWordChar(t[e - 1]))
        {
            return false;
        }

        return t[e - 1] == 'د' || (pastStem && t[e - 1] == 'ت') || (e >= 3 && t[e - 3] == 'ا' && t[e - 2] == 'س' && t[e - 1] == 'ت');
    }

    /// <summary>A role written right after a name without a comma: from its head to a stop word, comma or digit.</summary>
    public static (int Start, int End) TrailingRole(string t, int p, int end)
    {
        p = SkipSpace(t, p, end);
        if (p < end && t[p] is '،' or ',')
        {
            p = SkipSpace(t, p + 1, end);
        }

        if (p >= end || !QuoteWords.RoleHeads.TryMatch(t, p, end, out _, out _))
        {
            return (p, p);
        }

        int s = p, e = p, words = 0;
        while (p < end && words < 7)
        {
            if (PhraseTrie.IsJointChar(t[p]))
            {
                p++;
                continue;
            }

            if (!PhraseTrie.IsWordChar(t[p]) || PersianLetters.IsDigit(t[p]) || (p > s && StopsTitle(t, s, p, end)))
            {
                break;
            }

            p = WordEnd(t, p, end);
            e = p;
            words++;
        }

        return (s, e);
    }

    public static int SkipHonorifics(string t, int start, int end)
    {
        int p = SkipSpace(t, start, end);
        while (p < end && QuoteWords.Honorifics.TryMatch(t, p, end, out _, out int he))
        {
            p = SkipSpace(t, he, end);
        }

        return p;
    }

    public static int SkipSpace(string t, int p, int end)
    {
        while (p < end && PhraseTrie.IsSpace(t[p]))
        {
            p++;
        }

        return p;
    }

    public static int TrimEndSpace(string t, int start, int end)
    {
        while (end > start && PhraseTrie.IsSpace(t[end - 1]))
        {
            end--;
        }

        return end;
    }

    /// <summary>The end of the word at <paramref name="p"/> (letters, digits, half-spaces inside the word).</summary>
    public static int WordEnd(string t, int p, int end)
    {
        while (p < end && PhraseTrie.IsWordChar(t[p]))
        {
            p++;
        }

        return p > 0 && t[p - 1] == PersianLetters.Zwnj ? p - 1 : p;
    }
}
