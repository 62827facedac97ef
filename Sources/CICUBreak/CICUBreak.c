// ICU sentence boundaries and SRX rule matching. See include/CICUBreak.h.

#include "CICUBreak.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/uregex.h>
#include <unicode/ustring.h>

static void write_error(char *error, int32_t capacity, const char *what, UErrorCode status,
                        const UParseError *parse) {
    if (error == NULL || capacity <= 0) return;
    snprintf(error, (size_t)capacity, "%s: %s", what, u_errorName(status));
}

// ICU fills the offset only for a syntax error; otherwise it is whatever was there.
// The offset counts in the pattern as compiled; `prefix` is what was put in front of
// the rule's own pattern, so that the offset names a place in the rule as written.
static int32_t error_offset(UErrorCode status, const UParseError *parse, int32_t prefix) {
    int syntax = status >= U_REGEX_ERROR_START && status < U_REGEX_ERROR_LIMIT;
    if (!syntax || parse == NULL || parse->offset < 0) return -1;
    return parse->offset > prefix ? parse->offset - prefix : 0;
}

// MARK: - Sentence boundaries

struct JuruSentenceBreaker {
    UBreakIterator *iterator;
};

JuruSentenceBreaker *juru_breaker_open(const char *locale, char *error, int32_t errorCapacity) {
    UErrorCode status = U_ZERO_ERROR;
    UBreakIterator *iterator = ubrk_open(UBRK_SENTENCE, locale, NULL, 0, &status);
    if (U_FAILURE(status)) {
        write_error(error, errorCapacity, "ICU sentence break iterator", status, NULL);
        return NULL;
    }
    JuruSentenceBreaker *breaker = malloc(sizeof *breaker);
    if (breaker == NULL) {
        ubrk_close(iterator);
        return NULL;
    }
    breaker->iterator = iterator;
    return breaker;
}

void juru_breaker_close(JuruSentenceBreaker *breaker) {
    if (breaker == NULL) return;
    ubrk_close(breaker->iterator);
    free(breaker);
}

int32_t juru_breaker_boundaries(JuruSentenceBreaker *breaker, const uint16_t *text, int32_t length,
                                int32_t *out, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    ubrk_setText(breaker->iterator, (const UChar *)text, length, &status);
    if (U_FAILURE(status)) return -1;
    int32_t count = 0;
    for (int32_t boundary = ubrk_next(breaker->iterator);
         boundary != UBRK_DONE && boundary < length;
         boundary = ubrk_next(breaker->iterator)) {
        if (count < capacity) out[count] = boundary;
        count++;
    }
    return count;
}

// MARK: - SRX rules

enum { kMaxLastChars = 16, kFallbackWindow = 256 };

// Bounds on one match, so that a rule that backtracks without end, such as
// "(a+)+$", is stopped instead of hanging the program. ICU counts time in steps of
// its match engine (about a millisecond each on a current machine); a sentence
// rule takes far less than one on text of any length.
enum { kTimeLimit = 100, kStackLimit = 4 * 1024 * 1024 };

typedef struct {
    int32_t isBreak;
    UChar lastChars[kMaxLastChars];
    int32_t lastCharsLength;
    // "(?<=before)after", tried once at the position. NULL when ICU cannot compile
    // the before-break pattern as a look-behind (an unbounded one, such as \s*).
    URegularExpression *combined;
    // The fallback: "(?:before)\z" searched in the text up to the position, then
    // "after" tried at the position.
    URegularExpression *before;
    URegularExpression *after;
    // Break rules only: "(?:before)(?=after)", to find positions ICU did not propose.
    URegularExpression *scan;
    uint32_t textGeneration;
    // Why the rule was stopped (JURU_RULE_TIMED_OUT, ...), 0 while it runs.
    int32_t stopped;
} Rule;

struct JuruRuleSet {
    Rule *rules;
    int32_t count;
    int32_t capacity;
    const UChar *text;
    int32_t length;
    uint32_t generation;
};

JuruRuleSet *juru_rules_create(void) {
    JuruRuleSet *set = calloc(1, sizeof *set);
    return set;
}

static void close_rule(Rule *rule) {
    if (rule->combined) uregex_close(rule->combined);
    if (rule->before) uregex_close(rule->before);
    if (rule->after) uregex_close(rule->after);
    if (rule->scan) uregex_close(rule->scan);
}

void juru_rules_free(JuruRuleSet *set) {
    if (set == NULL) return;
    for (int32_t i = 0; i < set->count; i++) close_rule(&set->rules[i]);
    free(set->rules);
    free(set);
}

int32_t juru_rules_count(const JuruRuleSet *set) { return set->count; }

// Compiles open1 + part1 + mid + part2 + close as one pattern.
static URegularExpression *compile(const char *open1, const uint16_t *part1, int32_t length1,
                                   const char *mid, const uint16_t *part2, int32_t length2,
                                   const char *close, UErrorCode *status, UParseError *parse) {
    size_t a = strlen(open1), b = strlen(mid), c = strlen(close);
    size_t total = a + (size_t)length1 + b + (size_t)length2 + c;
    UChar *pattern = malloc(sizeof(UChar) * (total + 1));
    if (pattern == NULL) {
        *status = U_MEMORY_ALLOCATION_ERROR;
        return NULL;
    }
    UChar *cursor = pattern;
    u_uastrcpy(cursor, open1); cursor += a;
    if (length1 > 0) memcpy(cursor, part1, sizeof(UChar) * (size_t)length1);
    cursor += length1;
    u_uastrcpy(cursor, mid); cursor += b;
    if (length2 > 0) memcpy(cursor, part2, sizeof(UChar) * (size_t)length2);
    cursor += length2;
    u_uastrcpy(cursor, close);
    memset(parse, 0, sizeof *parse);
    parse->offset = -1;
    URegularExpression *re = uregex_open(pattern, (int32_t)total, 0, parse, status);
    free(pattern);
    if (U_FAILURE(*status)) return NULL;
    UErrorCode limitStatus = U_ZERO_ERROR;
    uregex_setTimeLimit(re, kTimeLimit, &limitStatus);
    uregex_setStackLimit(re, kStackLimit, &limitStatus);
    return re;
}

int32_t juru_rules_add(JuruRuleSet *set,
                       const uint16_t *before, int32_t beforeLength,
                       const uint16_t *after, int32_t afterLength,
                       int32_t isBreak,
                       const uint16_t *lastChars, int32_t lastCharsLength,
                       char *error, int32_t errorCapacity, int32_t *errorOffset) {
    if (errorOffset != NULL) *errorOffset = -1;
    Rule rule;
    memset(&rule, 0, sizeof rule);
    rule.isBreak = isBreak;
    if (lastChars != NULL && lastCharsLength > 0 && lastCharsLength <= kMaxLastChars) {
        memcpy(rule.lastChars, lastChars, sizeof(UChar) * (size_t)lastCharsLength);
        rule.lastCharsLength = lastCharsLength;
    }

    UErrorCode status = U_ZERO_ERROR;
    UParseError parse;
    // Each side alone first, so that a syntax error names its side.
    if (beforeLength > 0) {
        rule.before = compile("(?:", before, beforeLength, ")\\z", NULL, 0, "", &status, &parse);
        if (rule.before == NULL) {
            write_error(error, errorCapacity, "before-break pattern", status, &parse);
            if (errorOffset != NULL) *errorOffset = error_offset(status, &parse, 3);
            return -1;
        }
    }
    // An empty after-break pattern matches anywhere; ICU refuses a pattern of length 0.
    rule.after = compile("(?:", after, afterLength, ")", NULL, 0, "", &status, &parse);
    if (rule.after == NULL) {
        write_error(error, errorCapacity, "after-break pattern", status, &parse);
        if (errorOffset != NULL) *errorOffset = error_offset(status, &parse, 3);
        close_rule(&rule);
        return -1;
    }
    if (beforeLength > 0) {
        // Fails for a look-behind of unbounded length; the fallback covers that.
        UErrorCode lookStatus = U_ZERO_ERROR;
        rule.combined = compile("(?<=", before, beforeLength, ")(?:", after, afterLength, ")",
                                &lookStatus, &parse);
    }
    if (isBreak) {
        UErrorCode scanStatus = U_ZERO_ERROR;
        rule.scan = compile("(?:", before, beforeLength, ")(?=", after, afterLength, ")",
                            &scanStatus, &parse);
    }

    if (set->count == set->capacity) {
        int32_t capacity = set->capacity == 0 ? 16 : set->capacity * 2;
        Rule *grown = realloc(set->rules, sizeof(Rule) * (size_t)capacity);
        if (grown == NULL) {
            close_rule(&rule);
            write_error(error, errorCapacity, "rule set", U_MEMORY_ALLOCATION_ERROR, NULL);
            return -1;
        }
        set->rules = grown;
        set->capacity = capacity;
    }
    set->rules[set->count++] = rule;
    return 0;
}

void juru_rules_set_text(JuruRuleSet *set, const uint16_t *text, int32_t length) {
    set->text = (const UChar *)text;
    set->length = length;
    set->generation++;
}

static void bind(URegularExpression *re, const UChar *text, int32_t length) {
    UErrorCode status = U_ZERO_ERROR;
    uregex_setText(re, text, length, &status);
    uregex_useTransparentBounds(re, 1, &status);
    uregex_useAnchoringBounds(re, 0, &status);
}

// A scan walks the whole line in one call: its limit grows with the line, so that
// only a runaway pattern, not a long paragraph, reaches it.
static void set_scan_limit(URegularExpression *scan, int32_t length, UErrorCode *status) {
    uregex_setTimeLimit(scan, kTimeLimit + length / 1000, status);
}

// Stops a rule whose match ran out of time or stack; returns whether it did.
static int stop_if_runaway(Rule *rule, UErrorCode status) {
    if (status == U_REGEX_TIME_OUT) rule->stopped = JURU_RULE_TIMED_OUT;
    else if (status == U_REGEX_STACK_OVERFLOW) rule->stopped = JURU_RULE_STACK_OVERFLOW;
    return rule->stopped != 0;
}

static int rule_matches(JuruRuleSet *set, Rule *rule, int32_t position) {
    if (rule->stopped) return 0;
    if (rule->lastCharsLength > 0) {
        if (position == 0) return 0;
        UChar last = set->text[position - 1];
        int found = 0;
        for (int32_t i = 0; i < rule->lastCharsLength; i++) {
            if (rule->lastChars[i] == last) { found = 1; break; }
        }
        if (!found) return 0;
    }
    if (rule->textGeneration != set->generation) {
        if (rule->combined) bind(rule->combined, set->text, set->length);
        else bind(rule->after, set->text, set->length);
        rule->textGeneration = set->generation;
    }
    UErrorCode status = U_ZERO_ERROR;
    if (rule->combined) {
        uregex_setRegion(rule->combined, position, set->length, &status);
        int found = U_SUCCESS(status) && uregex_lookingAt(rule->combined, -1, &status);
        return !stop_if_runaway(rule, status) && found && U_SUCCESS(status);
    }
    if (rule->before) {
        // The text is cut at the position, so "\z" anchors the match's end there.
        bind(rule->before, set->text, position);
        int32_t start = position > kFallbackWindow ? position - kFallbackWindow : 0;
        uregex_setRegion(rule->before, start, position, &status);
        int found = U_SUCCESS(status) && uregex_find(rule->before, -1, &status);
        if (stop_if_runaway(rule, status) || !found || U_FAILURE(status)) return 0;
    }
    uregex_setRegion(rule->after, position, set->length, &status);
    int found = U_SUCCESS(status) && uregex_lookingAt(rule->after, -1, &status);
    return !stop_if_runaway(rule, status) && found && U_SUCCESS(status);
}

int32_t juru_rules_first_match(JuruRuleSet *set, int32_t position, int32_t alternate) {
    for (int32_t i = 0; i < set->count; i++) {
        if (rule_matches(set, &set->rules[i], position)) return i;
        if (alternate != position && rule_matches(set, &set->rules[i], alternate)) return i;
    }
    return -1;
}

int32_t juru_rules_break_positions(JuruRuleSet *set, int32_t *out, int32_t capacity) {
    int32_t count = 0;
    for (int32_t i = 0; i < set->count; i++) {
        Rule *rule = &set->rules[i];
        if (!rule->isBreak || rule->stopped) continue;
        if (rule->lastCharsLength > 0) {
            // Only positions after one of the characters the rule can end with: for
            // rules ending in punctuation, a few per sentence rather than a regex scan.
            for (int32_t position = 1; position < set->length; position++) {
                UChar previous = set->text[position - 1];
                int candidate = 0;
                for (int32_t k = 0; k < rule->lastCharsLength; k++) {
                    if (rule->lastChars[k] == previous) { candidate = 1; break; }
                }
                if (candidate && rule_matches(set, rule, position)) {
                    if (count < capacity) out[count] = position;
                    count++;
                }
            }
            continue;
        }
        if (rule->scan == NULL) continue;
        UErrorCode status = U_ZERO_ERROR;
        uregex_setText(rule->scan, set->text, set->length, &status);
        set_scan_limit(rule->scan, set->length, &status);
        while (U_SUCCESS(status) && uregex_findNext(rule->scan, &status) && U_SUCCESS(status)) {
            int32_t end = uregex_end(rule->scan, 0, &status);
            if (U_FAILURE(status)) break;
            if (end > 0 && end < set->length) {
                if (count < capacity) out[count] = end;
                count++;
            }
        }
        stop_if_runaway(rule, status);
    }
    return count;
}

int32_t juru_rules_stopped(const JuruRuleSet *set, int32_t index) {
    if (index < 0 || index >= set->count) return 0;
    return set->rules[index].stopped;
}

int32_t juru_rules_probe(JuruRuleSet *set, int32_t index, const uint16_t *text, int32_t length) {
    if (index < 0 || index >= set->count) return 0;
    Rule *rule = &set->rules[index];
    juru_rules_set_text(set, text, length);
    for (int32_t position = 0; position <= length && !rule->stopped; position++) {
        rule_matches(set, rule, position);
    }
    if (rule->scan != NULL && !rule->stopped) {
        UErrorCode status = U_ZERO_ERROR;
        uregex_setText(rule->scan, text, length, &status);
        set_scan_limit(rule->scan, length, &status);
        while (U_SUCCESS(status) && uregex_findNext(rule->scan, &status) && U_SUCCESS(status)) {}
        stop_if_runaway(rule, status);
    }
    return rule->stopped;
}
