using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace PersianNews.Core;

/// <summary>
/// What the half-space repair rules answered for a short text, remembered across calls and threads: where the
/// joined-word rules put half-spaces in a word (nowhere, for most), and whether a word joins the one before it across
/// a space. The rules read only that text and the built-in lexicon (no option changes what they answer for a text), so
/// an answer holds for every later normalization in the process. Fixed size and allocated once: a lookup or an insert
/// allocates nothing and takes no lock.
/// </summary>
/// <remarks>
/// <para>Slots of 64 bytes (one cache line), four to a bucket (a text may sit in any of them, so a few texts whose
/// hashes meet do not push each other out): a header, up to <see cref="Capacity"/> characters zero-padded to whole 8-byte words,
/// and the answer (8 bytes). The header holds a sequence number (bits 0–31; odd while a writer is in the slot), the
/// text's length (32–36), its kind (37–38; 0 only in a slot never written) and 25 bits of the text's hash (39–63).</para>
/// <para>A seqlock. A writer moves the sequence number from even to odd with a compare-exchange (a full fence in .NET),
/// stores the text and the answer, and publishes them with a release write of the next even number and the new key; a
/// writer that finds the slot odd or loses the exchange skips the insert (an answer not remembered is only computed
/// again). A reader takes the header with an acquire read, gives up on an odd one or another key, reads the text and
/// the answer with acquire reads, and hits only when the header then reads the same again. Why a hit is never wrong, on
/// any memory model .NET runs on (x64, ARM64): the first header read synchronizes with the release that published it,
/// so the later reads see that writer's stores or newer ones; if any of them saw a later writer's store, that acquire
/// read synchronizes with the later writer's fence (its compare-exchange, ordered before its stores), so the second
/// header read sees that writer's odd number or something newer and the lookup misses. (Plain reads of the text would
/// not do: they could be delayed past the second header read on ARM64.) On x64 an acquire read is an ordinary
/// load.</para>
/// </remarks>
internal sealed class RepairCache
{
    /// <summary>The longest text a slot holds (longer ones are not remembered).</summary>
    public const int Capacity = 24;

    /// <summary>Kind of a word asked where the joined-word rules put half-spaces (the answer: a bit per position).</summary>
    public const uint Joined = 1;

    /// <summary>Kind of two words with a space between, asked whether they join (the second word has no half-space;
    /// the answer: 1 or 0).</summary>
    public const uint Spaced = 2;

    /// <summary>As <see cref="Spaced"/>, the second word with a half-space.</summary>
    public const uint SpacedWithZwnj = 3;

    private const int SlotWords = 8;
    private const int Ways = 4;
    private const int AnswerWord = SlotWords - 1;
    private const ulong KindBits = 3UL << 37;

    // The header bits a lookup compares: odd sequence, length, kind, hash.
    private const ulong KeyMask = ~0xFFFF_FFFEUL;

    private readonly ulong[] _table;
    private readonly int _first;
    private readonly int _shift;

    /// <summary>Creates a cache of <paramref name="slots"/> slots (a power of two, at least 4).</summary>
    public RepairCache(int slots)
    {
        if (slots < Ways || (slots & (slots - 1)) != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(slots));
        }

        // Pinned (the pinned heap never moves it), so the first slot can start on a cache line.
        _table = GC.AllocateArray<ulong>((slots * SlotWords) + SlotWords, pinned: true);
        long address = Marshal.UnsafeAddrOfPinnedArrayElement(_table, 0);
        _first = (int)((64 - (address & 63)) & 63) / sizeof(ulong);
        _shift = 32 - int.Log2(slots / Ways);
        Slots = slots;
    }

    /// <summary>The cache every normalizer shares: 4096 slots, 256 KB.</summary>
    public static RepairCache Shared { get; } = new(4096);

    /// <summary>A cache for this thread's normalizers instead of <see cref="Shared"/> (tests give a tiny one to make
    /// writers meet in a slot). Read once per writer.</summary>
    [ThreadStatic]
    internal static RepairCache? ThreadOverride;

    /// <summary>The number of slots.</summary>
    public int Slots { get; }

    /// <summary>Whether the cache holds <paramref name="text"/> (of <paramref name="length"/> characters, 1 to
    /// <see cref="Capacity"/>; its hash <paramref name="hash"/>) of <paramref name="kind"/>, and its answer. Reads up to
    /// three characters past the text's end (they do not count); the caller makes sure they are there.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryGet(ref char text, int length, uint hash, uint kind, out ulong answer)
    {
        ref ulong bucket = ref Bucket(hash);
        ulong key = Key(length, kind, hash);
        for (int way = 0; way < Ways; way++)
        {
            if (Match(ref Unsafe.Add(ref bucket, way * SlotWords), ref text, length, key, out answer))
            {
                return true;
            }
        }

        answer = 0;
        return false;
    }

    /// <summary>Remembers <paramref name="answer"/> for <paramref name="text"/> (as in <see cref="TryGet"/>): in an empty
    /// slot of its bucket, else in place of one of the texts there; unless another thread is writing that slot.</summary>
    public void Add(ref char text, int length, uint hash, uint kind, ulong answer)
    {
        ref ulong bucket = ref Bucket(hash);

        // An empty slot first; with all taken, one picked by the slots' sequence numbers, which change as they are
        // rewritten (more texts than slots meeting in one bucket take turns).
        int way = -1;
        ulong turn = 0;
        for (int k = 0; k < Ways && way < 0; k++)
        {
            ulong h = Volatile.Read(ref Unsafe.Add(ref bucket, k * SlotWords));
            turn += h >> 1;
            way = (h & KindBits) == 0 ? k : -1;
        }

        ref ulong slot = ref Unsafe.Add(ref bucket, (way >= 0 ? way : (int)(turn % Ways)) * SlotWords);
        ulong header = Volatile.Read(ref slot);
        if ((header & 1) != 0 || Interlocked.CompareExchange(ref slot, header + 1, header) != header)
        {
            return;
        }

        ref byte bytes = ref Unsafe.As<char, byte>(ref text);
        int last = (length - 1) >> 2;
        for (int k = 0; k < last; k++)
        {
            Unsafe.Add(ref slot, 1 + k) = Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref bytes, 8 * k));
        }

        Unsafe.Add(ref slot, 1 + last) = Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref bytes, 8 * last)) & TailMask(length);
        Unsafe.Add(ref slot, AnswerWord) = answer;
        Volatile.Write(ref slot, (uint)(header + 2) | Key(length, kind, hash));
    }

    /// <summary>Empties every slot (tests); safe while other threads use the cache.</summary>
    public void Clear()
    {
        for (int i = 0; i < Slots; i++)
        {
            ref ulong slot = ref _table[_first + (i * SlotWords)];
            while (true)
            {
                ulong header = Volatile.Read(ref slot);
                if ((header & 1) == 0 && Interlocked.CompareExchange(ref slot, header + 1, header) == header)
                {
                    Volatile.Write(ref slot, (uint)(header + 2));
                    break;
                }

                Thread.SpinWait(1);
            }
        }
    }

    /// <summary>How many slots hold a text (tests).</summary>
    public int CountFilled()
    {
        int n = 0;
        for (int i = 0; i < Slots; i++)
        {
            n += (Volatile.Read(ref _table[_first + (i * SlotWords)]) & KindBits) != 0 ? 1 : 0;
        }

        return n;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Match(ref ulong slot, ref char text, int length, ulong key, out ulong answer)
    {
        answer = 0;
        ulong header = Volatile.Read(ref slot);
        if ((header & KeyMask) != key)
        {
            return false;
        }

        ref byte bytes = ref Unsafe.As<char, byte>(ref text);
        int last = (length - 1) >> 2;
        for (int k = 0; k < last; k++)
        {
            if (Volatile.Read(ref Unsafe.Add(ref slot, 1 + k)) != Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref bytes, 8 * k)))
            {
                return false;
            }
        }

        ulong tail = Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref bytes, 8 * last)) & TailMask(length);
        if (Volatile.Read(ref Unsafe.Add(ref slot, 1 + last)) != tail)
        {
            return false;
        }

        answer = Volatile.Read(ref Unsafe.Add(ref slot, AnswerWord));
        return Volatile.Read(ref slot) == header;
    }

    private static ulong Key(int length, uint kind, uint hash)
        => ((ulong)length << 32) | ((ulong)kind << 37) | ((ulong)(hash & 0x1FF_FFFF) << 39);

    // The characters of the text's last 8-byte word that belong to it (one to four).
    private static ulong TailMask(int length) => ulong.MaxValue >> (16 * (-length & 3));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ref ulong Bucket(uint hash)
        => ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_table), _first + ((int)((ulong)hash >> _shift) * Ways * SlotWords));
}
