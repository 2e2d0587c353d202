package cn.huiyin.intake.calls.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * The account of one county-day's tracking numbers: the counter says how many were drawn, and every one of them
 * must be a stored call or recorded as void. A number that is neither is {@code missing}: drawn, then lost
 * without a record (the process stopped between the draw and the write, or even the void could not be written).
 * Two more anomalies are shown rather than hidden: a void whose number is a stored call after all
 * ({@code voidedButStored}: a write that failed as far as intake could tell, a timeout, yet landed) and a number
 * above the counter ({@code beyondCounter}: the counter was lost or restored from an older copy).
 */
public record TrackingLedger(String countyCode, LocalDate day, long drawn, long calls, List<VoidedNumber> voids,
        List<TrackingNumber> missing, List<TrackingNumber> voidedButStored, List<TrackingNumber> beyondCounter) {

    public TrackingLedger {
        Objects.requireNonNull(day, "day");
        voids = List.copyOf(voids);
        missing = List.copyOf(missing);
        voidedButStored = List.copyOf(voidedButStored);
        beyondCounter = List.copyOf(beyondCounter);
    }

    /**
     * Reconciles the counter's last number with the numbers of the stored calls and of the voids, all of this
     * county-day.
     */
    public static TrackingLedger reconcile(String countyCode, LocalDate day, long drawn,
            Collection<TrackingNumber> calls, Collection<VoidedNumber> voids) {
        if (drawn < 0) {
            throw new IllegalArgumentException("a counter cannot have drawn " + drawn + " numbers");
        }
        BitSet called = sequences(countyCode, day, calls.stream());
        BitSet voided = sequences(countyCode, day, voids.stream().map(VoidedNumber::number));
        // a counter beyond the last number failed its draws: those were never numbers
        long counted = Math.min(drawn, TrackingNumber.MAX_SEQUENCE);
        List<TrackingNumber> missing = LongStream.rangeClosed(1, counted)
                .filter(sequence -> !called.get((int) sequence) && !voided.get((int) sequence))
                .mapToObj(sequence -> new TrackingNumber(countyCode, day, sequence))
                .toList();
        BitSet both = (BitSet) called.clone();
        both.and(voided);
        BitSet beyond = (BitSet) called.clone();
        beyond.or(voided);
        beyond.clear(0, (int) counted + 1);
        return new TrackingLedger(countyCode, day, drawn, called.cardinality(),
                voids.stream().sorted(Comparator.comparingLong(v -> v.number().sequence())).toList(),
                missing, numbers(countyCode, day, both), numbers(countyCode, day, beyond));
    }

    /** Every drawn number is exactly one call or one void, and no number lies beyond the counter. */
    public boolean balanced() {
        return missing.isEmpty() && voidedButStored.isEmpty() && beyondCounter.isEmpty();
    }

    private static BitSet sequences(String countyCode, LocalDate day, Stream<TrackingNumber> numbers) {
        BitSet sequences = new BitSet();
        numbers.forEach(number -> {
            if (!number.countyCode().equals(countyCode) || !number.day().equals(day)) {
                throw new IllegalArgumentException(number + " is not a number of " + countyCode + " on " + day);
            }
            sequences.set((int) number.sequence());
        });
        return sequences;
    }

    private static List<TrackingNumber> numbers(String countyCode, LocalDate day, BitSet sequences) {
        List<TrackingNumber> numbers = new ArrayList<>(sequences.cardinality());
        sequences.stream().forEach(sequence -> numbers.add(new TrackingNumber(countyCode, day, sequence)));
        return numbers;
    }
}
