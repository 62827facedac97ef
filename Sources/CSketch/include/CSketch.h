#ifndef CSKETCH_H
#define CSKETCH_H

#include <stddef.h>
#include <stdint.h>

/// The bits each of `count` sketches shares with `query`: `shared[i]` is the number
/// of set bits in `query & sketches[8i ..< 8i + 8]`. Sketches are 512 bits, eight
/// 64-bit words. Uses the CPU's population-count instruction where there is one.
void csketch_shared_bits(const uint64_t *query, const uint64_t *sketches, size_t count, uint16_t *shared);

#endif
