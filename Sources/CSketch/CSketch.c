// The inner loop of the character metric's candidate scan, in C so that it can use
// the POPCNT instruction when the CPU has it: Swift compiles `nonzeroBitCount` for
// the baseline x86-64, which lacks it, and the software count is four times slower.

#include "CSketch.h"

#define CSKETCH_WORDS 8

static void shared_bits_portable(const uint64_t *query, const uint64_t *sketches, size_t count, uint16_t *shared) {
    for (size_t i = 0; i < count; i++) {
        const uint64_t *sketch = sketches + i * CSKETCH_WORDS;
        unsigned total = 0;
        for (int w = 0; w < CSKETCH_WORDS; w++) total += (unsigned)__builtin_popcountll(query[w] & sketch[w]);
        shared[i] = (uint16_t)total;
    }
}

#if defined(__x86_64__) && (defined(__clang__) || defined(__GNUC__))
__attribute__((target("popcnt")))
static void shared_bits_popcnt(const uint64_t *query, const uint64_t *sketches, size_t count, uint16_t *shared) {
    const uint64_t q0 = query[0], q1 = query[1], q2 = query[2], q3 = query[3];
    const uint64_t q4 = query[4], q5 = query[5], q6 = query[6], q7 = query[7];
    for (size_t i = 0; i < count; i++) {
        const uint64_t *s = sketches + i * CSKETCH_WORDS;
        shared[i] = (uint16_t)(__builtin_popcountll(q0 & s[0]) + __builtin_popcountll(q1 & s[1])
                             + __builtin_popcountll(q2 & s[2]) + __builtin_popcountll(q3 & s[3])
                             + __builtin_popcountll(q4 & s[4]) + __builtin_popcountll(q5 & s[5])
                             + __builtin_popcountll(q6 & s[6]) + __builtin_popcountll(q7 & s[7]));
    }
}
#endif

void csketch_shared_bits(const uint64_t *query, const uint64_t *sketches, size_t count, uint16_t *shared) {
#if defined(__x86_64__) && (defined(__clang__) || defined(__GNUC__))
    if (__builtin_cpu_supports("popcnt")) {
        shared_bits_popcnt(query, sketches, count, shared);
        return;
    }
#endif
    shared_bits_portable(query, sketches, count, shared);
}
