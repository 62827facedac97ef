#ifndef CLINEEDITOR_H
#define CLINEEDITOR_H

/// A line editor over the system's libedit (BSD-licensed): arrow keys, history,
/// a line that starts with text in it for the translator to edit, and the REPL's
/// own keys (glossary terms at the cursor, moving, Ctrl-C).
typedef struct juru_line_editor juru_line_editor;

/// What ended a read besides Enter: a key bound to one of the REPL's moves.
/// The line's text comes back with it, to keep as the segment's draft.
typedef enum {
    JURU_KEY_ENTER = 0,
    JURU_KEY_NEXT,          // Page Down, Alt-n
    JURU_KEY_PREVIOUS,      // Page Up, Alt-p
    JURU_KEY_NEXT_OPEN,     // Alt-u: the next segment that needs work
    JURU_KEY_TAKE_MATCH,    // Ctrl-X 1…9: the line replaced by match N (argument)
    JURU_KEY_INTERRUPT,     // Ctrl-C on an empty line
    JURU_KEY_REDRAW,        // Ctrl-L, or the terminal was resized
} juru_key;

/// Opens an editor on the terminal; NULL if libedit cannot start.
juru_line_editor *juru_line_editor_open(const char *program);

/// The glossary terms Alt-1…Alt-9 insert: `count` strings, each the term's
/// translations separated by tabs (Alt-0 cycles through them). Copied.
void juru_line_editor_set_terms(juru_line_editor *editor, const char *const *terms, int count);

/// Reads one line after `prompt`, the line starting as `initial` (may be NULL).
/// Returns a string to free() without its line end, or NULL at end of input
/// (Ctrl-D on an empty line). Lines ended by Enter go into the history.
/// `key` says what ended the line, `argument` its number (the match for
/// JURU_KEY_TAKE_MATCH).
char *juru_line_editor_read(juru_line_editor *editor, const char *prompt, const char *initial,
                            int *key, int *argument);

void juru_line_editor_close(juru_line_editor *editor);

/// The terminal's width in columns: ioctl on standard output, then COLUMNS, then 80.
int juru_terminal_columns(void);
/// The terminal's height: ioctl TIOCGWINSZ, then LINES, then 24.
int juru_terminal_rows(void);

/// Makes standard output line-buffered, so that a screen comes before its prompt
/// when the output is a pipe.
void juru_stdout_line_buffered(void);

/// Flushes standard output (after a prompt, which ends no line).
void juru_stdout_flush(void);

#endif
