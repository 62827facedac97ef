// CICUBreak: ICU sentence boundaries and SRX rule matching for Juru.
//
// This header uses plain C types only. ICU's own headers must not reach a Swift
// module: Foundation bundles its own ICU (`_FoundationICU`), and the two sets of
// declarations clash. Text is passed as UTF-16 code units, ICU's native form, and
// every offset is a UTF-16 offset into that text.

#ifndef CICUBREAK_H
#define CICUBREAK_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

// MARK: - Sentence boundaries

/// ICU's sentence break iterator for one locale. Not thread-safe: one per thread.
typedef struct JuruSentenceBreaker JuruSentenceBreaker;

/// Opens a sentence break iterator for `locale` ("id", "en", ...). On failure returns
/// NULL and writes ICU's error name into `error` (if not NULL).
JuruSentenceBreaker *juru_breaker_open(const char *locale, char *error, int32_t errorCapacity);

void juru_breaker_close(JuruSentenceBreaker *breaker);

/// Writes the boundaries ICU proposes inside `text` (never 0 or `length`) into `out`,
/// in increasing order. Returns how many there are; when that is more than `capacity`,
/// only `capacity` are written and the caller retries with a larger buffer.
/// Returns -1 on an ICU error.
int32_t juru_breaker_boundaries(JuruSentenceBreaker *breaker,
                                const uint16_t *text, int32_t length,
                                int32_t *out, int32_t capacity);

// MARK: - SRX rules

/// An ordered list of SRX rules (a before-break and an after-break regular expression
/// each), compiled with ICU's regular expressions. Not thread-safe.
typedef struct JuruRuleSet JuruRuleSet;

JuruRuleSet *juru_rules_create(void);

void juru_rules_free(JuruRuleSet *rules);

/// Appends a rule. `lastChars` (may be NULL, `lastCharsLength` 0) lists the only
/// characters the before-break pattern can end with: a cheap filter that skips the
/// regular expressions at positions that cannot match. Returns 0, or -1 with ICU's
/// message (and the offending pattern's side) in `error` and, for a syntax error, the
/// offset in that side's pattern as given in `errorOffset` (-1 otherwise).
int32_t juru_rules_add(JuruRuleSet *rules,
                       const uint16_t *before, int32_t beforeLength,
                       const uint16_t *after, int32_t afterLength,
                       int32_t isBreak,
                       const uint16_t *lastChars, int32_t lastCharsLength,
                       char *error, int32_t errorCapacity, int32_t *errorOffset);

int32_t juru_rules_count(const JuruRuleSet *rules);

/// Why a rule was stopped: its match ran past ICU's time limit or its stack limit
/// (a pattern that backtracks without end, such as "(a+)+$"). A stopped rule no
/// longer matches anywhere.
enum { JURU_RULE_TIMED_OUT = 1, JURU_RULE_STACK_OVERFLOW = 2 };

/// 0 while rule `index` runs, else why it was stopped.
int32_t juru_rules_stopped(const JuruRuleSet *rules, int32_t index);

/// Tries rule `index` at every position of `text` (and its break scan), to find a
/// runaway pattern before real text does. Returns juru_rules_stopped. The text is
/// the set's text afterwards, as with juru_rules_set_text.
int32_t juru_rules_probe(JuruRuleSet *rules, int32_t index, const uint16_t *text, int32_t length);

/// Sets the text the following calls look at. The text is not copied: it must stay
/// alive and unchanged until the next call to this function.
void juru_rules_set_text(JuruRuleSet *rules, const uint16_t *text, int32_t length);

/// The index of the first rule whose before-break pattern matches text ending at
/// `position` (or at `alternate`) and whose after-break pattern matches text starting
/// there, or -1. A boundary is the white space between two sentences: Juru's rules
/// look before it, but rules written as Okapi does (`Mr\.\s` before, `\p{Lu}` after)
/// look after it, so callers pass both ends; pass the same value twice for one.
int32_t juru_rules_first_match(JuruRuleSet *rules, int32_t position, int32_t alternate);

/// Writes the positions where some break rule matches (the ends of its before-break
/// matches) into `out`, unsorted. Returns how many there are (see
/// juru_breaker_boundaries for `capacity`).
int32_t juru_rules_break_positions(JuruRuleSet *rules, int32_t *out, int32_t capacity);

#ifdef __cplusplus
}
#endif

#endif
