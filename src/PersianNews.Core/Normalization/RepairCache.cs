using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace PersianNews.Core;

/// <summary>
/// What the half-space repair rules answered for a short text, remembered across calls and threads: a word the
/// joined-word rules leave as written, and whether a word joins the one before it across a space. The rules read only
/// that text and the built-in lexicon (no option changes what they answer for a text), so an answer holds for every
/// later normalization in the process. Fixed size and allocated once: a lookup or an insert allocates nothing and
/// takes no lock.
/// </summary>
/// <remarks>
/// <para>Direct-mapped slots of 64 bytes (one cache line): a header, then up to <see cref="Capacity"/> characters,
/// zero-padded to whole 8-byte words. The header holds a sequence number (bits 0–31; odd while a writer is in the
/// slot), the text's length (32–36), its kind (37–38; 0 only in a slot never written), the answer (39) and 24 bits of
/// the text's hash (40–63).</para>
/// <para>A seqlock. A writer moves the sequence number from even to odd with a compare-exchange (a full fence in .NET),
/// stores the text, and publishes it with a release write of the next even number and the new key; a writer that
/// finds the slot odd or loses the exchange skips the insert (an answer not remembered is only computed again). A
/// reader takes the header with an acquire read, gives up on an odd one or another key, compares the text with acquire
/// reads, and hits only when the header then reads the same again. Why a hit is never wrong, on any memory model .NET
/// runs on (x64, ARM64): the first header read synchronizes with the release that published it, so the text reads see
/// that writer's stores or later ones; if any of them saw a later writer's store, that acquire read synchronizes with
/// the later writer's fence (its compare-exchange, ordered before its stores), so the second header read sees that
/// writer's odd number or something newer and the lookup misses. (A plain read of the text would not do: it could be
/// delayed past the second header read on ARM64.) On x64 an acquire read is an ordinary load.</para>
/// </remarks>
internal sealed class RepairCache
{
    /// <summary>The longest text a slot holds (longer ones are not remembered).</summary>
    public const int Capacity = 28;

    /// <summary>Kind of a word the joined-word rules leave as written.</summary>
    public const uint Unchanged = 1;

    /// <summary>Kind of two words with a space between, asked whether they join (the second word has no half-space).</summary>
    public const uint Spaced = 2;

    /// <summary>As <see cref="Spaced"/>, the second word with a half-space.</summary>
    public const uint SpacedWithZwnj = 3;

    private const int SlotWords = 8;
    private const ulong AnswerBit = 1UL << 39;

    // The header bits a lookup compares: odd sequence, length, kind, hash (not the answer).
    private const ulong KeyMask = ~AnswerBit & ~0xFFFF_FFFEUL;

    private readonly ulong[] _table;
    private readonly int _first;
    private readonly int _shift;

    /// <summary>Creates a cache of <paramref name="slots"/> slots (a power of two).</summary>
    public RepairCache(int slots)
    {
        if (slots < 1 || (slots & (slots - 1)) != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(slots));
        }

        // Pinned (the pinned heap never moves it), so the first slot can start on a cache line.
        _table = GC.AllocateArray<ulong>((slots * SlotWords) + SlotWords, pinned: true);
        long address = Marshal.UnsafeAddrOfPinnedArrayElement(_table, 0);
        _first = (int)((64 - (address & 63)) & 63) / sizeof(ulong);
        _shift = 32 - int.Log2(slots);
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

    /// <summary>Whether the cache holds <paramref name="text"/> (of <paramref name="length"/> characters, at most
    /// <see cref="Capacity"/>; its hash <paramref name="hash"/>) of <paramref name="kind"/>, and its answer. Reads up to
    /// three characters past the text's end (they do not count); the caller makes sure they are there.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryGet(ref char text, int length, uint hash, uint kind, out bool answer)
    {
        ref ulong slot = ref Slot(hash);
        ulong header = Volatile.Read(ref slot);
        answer = (header & AnswerBit) != 0;
        if ((header & KeyMask) != Key(length, kind, hash))
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
        return Volatile.Read(ref Unsafe.Add(ref slot, 1 + last)) == tail && Volatile.Read(ref slot) == header;
    }

    /// <summary>Remembers <paramref name="answer"/> for <paramref name="text"/> (as in <see cref="TryGet"/>), unless
    /// another thread is writing the same slot.</summary>
    public void Add(ref char text, int length, uint hash, uint kind, bool answer)
    {
        ref ulong slot = ref Slot(hash);
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
        Volatile.Write(ref slot, (uint)(header + 2) | Key(length, kind, hash) | (answer ? AnswerBit : 0));
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
            n += (Volatile.Read(ref _table[_first + (i * SlotWords)]) & (3UL << 37)) != 0 ? 1 : 0;
        }

        return n;
    }

    private static ulong Key(int length, uint kind, uint hash)
        => ((ulong)length << 32) | ((ulong)kind << 37) | ((ulong)(hash & 0xFF_FFFF) << 40);

    // The characters of the text's last 8-byte word that belong to it (one to four).
    private static ulong TailMask(int length) => ulong.MaxValue >> (16 * (-length & 3));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ref ulong Slot(uint hash)
        => ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_table), _first + ((int)((ulong)hash >> _shift) * SlotWords));
}
