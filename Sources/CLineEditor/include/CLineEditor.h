#ifndef CLINEEDITOR_H
#define CLINEEDITOR_H

/// A line editor over the system's libedit (BSD-licensed): arrow keys, history,
/// and a line that starts with text in it for the translator to edit.
typedef struct juru_line_editor juru_line_editor;

/// Opens an editor on the terminal; NULL if libedit cannot start.
juru_line_editor *juru_line_editor_open(const char *program);

/// Reads one line after `prompt`, the line starting as `initial` (may be NULL).
/// Returns a string to free() without its line end, or NULL at end of input.
/// Non-empty lines go into the history.
char *juru_line_editor_read(juru_line_editor *editor, const char *prompt, const char *initial);

void juru_line_editor_close(juru_line_editor *editor);

/// Makes standard output line-buffered, so that a screen comes before its prompt
/// when the output is a pipe.
void juru_stdout_line_buffered(void);

/// Flushes standard output (after a prompt, which ends no line).
void juru_stdout_flush(void);

#endif
