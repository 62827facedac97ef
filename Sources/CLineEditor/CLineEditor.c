// The REPL's line editing, through libedit's own API (histedit.h), which Debian
// ships as libedit-dev. readline would do the same but is GPL.

#include "CLineEditor.h"

#include <histedit.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct juru_line_editor {
    EditLine *edit;
    History *history;
    HistEvent event;
    char *prompt;
};

static char *current_prompt(EditLine *edit) {
    juru_line_editor *editor = NULL;
    el_get(edit, EL_CLIENTDATA, &editor);
    return editor && editor->prompt ? editor->prompt : "> ";
}

juru_line_editor *juru_line_editor_open(const char *program) {
    juru_line_editor *editor = calloc(1, sizeof *editor);
    if (!editor) return NULL;
    // libedit reads and pushes multibyte text only in the user's locale, not "C".
    setlocale(LC_CTYPE, "");
    editor->edit = el_init(program, stdin, stdout, stderr);
    editor->history = history_init();
    if (!editor->edit || !editor->history) {
        juru_line_editor_close(editor);
        return NULL;
    }
    history(editor->history, &editor->event, H_SETSIZE, 1000);
    el_set(editor->edit, EL_CLIENTDATA, editor);
    el_set(editor->edit, EL_PROMPT, current_prompt);
    el_set(editor->edit, EL_EDITOR, "emacs");
    el_set(editor->edit, EL_HIST, history, editor->history);
    el_set(editor->edit, EL_SIGNAL, 1);
    el_source(editor->edit, NULL);  // the user's ~/.editrc, as other libedit programs read it
    return editor;
}

char *juru_line_editor_read(juru_line_editor *editor, const char *prompt, const char *initial) {
    free(editor->prompt);
    editor->prompt = strdup(prompt ? prompt : "> ");
    // The text to edit is typed into the line before the translator sees it.
    if (initial && *initial) el_push(editor->edit, initial);
    int count = 0;
    const char *line = el_gets(editor->edit, &count);
    if (!line || count <= 0) return NULL;
    char *copy = strdup(line);
    size_t length = strlen(copy);
    while (length > 0 && (copy[length - 1] == '\n' || copy[length - 1] == '\r')) copy[--length] = '\0';
    if (length > 0) history(editor->history, &editor->event, H_ENTER, copy);
    return copy;
}

void juru_stdout_line_buffered(void) { setvbuf(stdout, NULL, _IOLBF, 0); }

void juru_stdout_flush(void) { fflush(stdout); }

void juru_line_editor_close(juru_line_editor *editor) {
    if (!editor) return;
    if (editor->edit) el_end(editor->edit);
    if (editor->history) history_end(editor->history);
    free(editor->prompt);
    free(editor);
}
