// The REPL's line editing, through libedit's own API (histedit.h), which Debian
// ships as libedit-dev. readline would do the same but is GPL.

#include "CLineEditor.h"

#include <errno.h>
#include <fcntl.h>
#include <histedit.h>
#include <limits.h>
#include <locale.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/select.h>
#include <unistd.h>
#include <wchar.h>

struct juru_line_editor {
    EditLine *edit;
    History *history;
    HistEvent event;
    char *prompt;
    // Alt-1…Alt-9: each term's translations, tab-separated.
    char **terms;
    int term_count;
    // The term Alt-0 cycles: which one, which translation, and the text inserted.
    int last_term;
    int last_choice;
    char *last_inserted;
    int key;
    int argument;
};

static volatile sig_atomic_t resized = 0;
/// A pipe the resize handler writes a byte to: the wait for a key watches it too,
/// so a resize always ends the wait, whichever thread the signal reached and
/// however close it came to the wait's start.
static int wake[2] = {-1, -1};

static void on_resize(int signal) {
    (void)signal;
    resized = 1;
    if (wake[1] >= 0) {
        int saved = errno;
        ssize_t written = write(wake[1], "", 1);
        (void)written;
        errno = saved;
    }
}

static juru_line_editor *editor_of(EditLine *edit) {
    juru_line_editor *editor = NULL;
    el_get(edit, EL_CLIENTDATA, &editor);
    return editor;
}

static char *current_prompt(EditLine *edit) {
    juru_line_editor *editor = editor_of(edit);
    return editor && editor->prompt ? editor->prompt : "> ";
}

/// Waits until standard input has a byte or a resize came: 1, 0, or -1 on error.
/// A plain read() would sleep through a resize that came just before it, or that
/// another thread took, until the next key; the handler's byte in `wake` ends the
/// wait in every case.
static int wait_for_key(void) {
    for (;;) {
        if (resized) return 0;
        fd_set readable;
        FD_ZERO(&readable);
        FD_SET(STDIN_FILENO, &readable);
        int highest = STDIN_FILENO;
        if (wake[0] >= 0) {
            FD_SET(wake[0], &readable);
            if (wake[0] > highest) highest = wake[0];
        }
        int ready = select(highest + 1, &readable, NULL, NULL, NULL);
        if (ready < 0) {
            if (errno == EINTR) continue;
            return -1;
        }
        if (wake[0] >= 0 && FD_ISSET(wake[0], &readable)) {
            char drained[64];
            while (read(wake[0], drained, sizeof drained) > 0) {}
            continue;  // `resized` is set: the loop says so
        }
        if (FD_ISSET(STDIN_FILENO, &readable)) return 1;
    }
}

/// Keys are read here rather than by libedit so that a resize can end the read:
/// the REPL then redraws its screen for the new width.
static int read_key(EditLine *edit, wchar_t *key) {
    (void)edit;
    char bytes[MB_LEN_MAX];
    size_t count = 0;
    int result = -1;
    for (;;) {
        int ready = count == 0 ? wait_for_key() : 1;
        if (ready < 0) break;
        if (ready == 0) {
            resized = 0;
            *key = L'\f';  // bound to the redraw
            result = 1;
            break;
        }
        char byte;
        ssize_t got = read(STDIN_FILENO, &byte, 1);
        if (got == 0) { result = 0; break; }
        if (got < 0) {
            if (errno == EINTR) continue;
            break;
        }
        bytes[count++] = byte;
        mbstate_t state;
        memset(&state, 0, sizeof state);
        size_t used = mbrtowc(key, bytes, count, &state);
        if (used == (size_t)-2 && count < sizeof bytes) continue;  // more bytes of this character
        if (used == (size_t)-1 || used == (size_t)-2) *key = (unsigned char)bytes[0];
        result = 1;
        break;
    }
    return result;
}

/// Ends the read, the line kept, with `key` saying why.
static unsigned char finish(EditLine *edit, int key, int argument) {
    juru_line_editor *editor = editor_of(edit);
    editor->key = key;
    editor->argument = argument;
    return CC_NEWLINE;
}

static unsigned char next_segment(EditLine *edit, int c) { (void)c; return finish(edit, JURU_KEY_NEXT, 0); }
static unsigned char previous_segment(EditLine *edit, int c) { (void)c; return finish(edit, JURU_KEY_PREVIOUS, 0); }
static unsigned char next_open_segment(EditLine *edit, int c) { (void)c; return finish(edit, JURU_KEY_NEXT_OPEN, 0); }
static unsigned char redraw(EditLine *edit, int c) { (void)c; return finish(edit, JURU_KEY_REDRAW, 0); }

static unsigned char take_match(EditLine *edit, int c) {
    if (c < '1' || c > '9') return CC_REFRESH_BEEP;
    return finish(edit, JURU_KEY_TAKE_MATCH, c - '0');
}

/// Ctrl-C: a line with text is cleared; an empty line ends the session.
static unsigned char interrupt(EditLine *edit, int c) {
    (void)c;
    const LineInfoW *line = el_wline(edit);
    int length = (int)(line->lastchar - line->buffer);
    if (length == 0) return finish(edit, JURU_KEY_INTERRUPT, 0);
    el_cursor(edit, (int)(line->lastchar - line->cursor));
    el_deletestr(edit, length);
    return CC_REFRESH;
}

/// Translation `choice` (wrapping round) of term `index`, copied.
static char *translation(juru_line_editor *editor, int index, int choice, int *count) {
    const char *text = editor->terms[index];
    int total = 1;
    for (const char *p = text; *p; p++) if (*p == '\t') total++;
    if (count) *count = total;
    choice %= total;
    for (int skipped = 0; skipped < choice; skipped++) text = strchr(text, '\t') + 1;
    const char *end = strchr(text, '\t');
    size_t length = end ? (size_t)(end - text) : strlen(text);
    char *copy = malloc(length + 1);
    if (!copy) return NULL;
    memcpy(copy, text, length);
    copy[length] = '\0';
    return copy;
}

static void insert_translation(juru_line_editor *editor, int index, int choice) {
    char *text = translation(editor, index, choice, NULL);
    if (!text) return;
    el_insertstr(editor->edit, text);
    free(editor->last_inserted);
    editor->last_inserted = text;
    editor->last_term = index;
    editor->last_choice = choice;
}

/// Alt-1…Alt-9: glossary term N's translation at the cursor.
static unsigned char insert_term(EditLine *edit, int c) {
    juru_line_editor *editor = editor_of(edit);
    int index = c - '1';
    if (index < 0 || index >= editor->term_count || index > 8) return CC_REFRESH_BEEP;
    insert_translation(editor, index, 0);
    return CC_REFRESH;
}

/// Alt-0: the term just inserted becomes its next translation, when the cursor is
/// still right after it.
static unsigned char cycle_term(EditLine *edit, int c) {
    (void)c;
    juru_line_editor *editor = editor_of(edit);
    if (editor->last_term < 0 || editor->last_term >= editor->term_count || !editor->last_inserted) return CC_REFRESH_BEEP;
    const LineInfo *line = el_line(edit);
    size_t bytes = strlen(editor->last_inserted);
    if ((size_t)(line->cursor - line->buffer) < bytes || memcmp(line->cursor - bytes, editor->last_inserted, bytes) != 0) {
        return CC_REFRESH_BEEP;
    }
    int choices = 1;
    free(translation(editor, editor->last_term, 0, &choices));
    if (choices < 2) return CC_REFRESH_BEEP;
    el_deletestr(edit, (int)mbstowcs(NULL, editor->last_inserted, 0));
    insert_translation(editor, editor->last_term, editor->last_choice + 1);
    return CC_REFRESH;
}

static void bind(EditLine *edit, const char *name, const char *help, unsigned char (*function)(EditLine *, int), const char *const *keys) {
    el_set(edit, EL_ADDFN, name, help, function);
    for (; *keys; keys++) el_set(edit, EL_BIND, *keys, name, NULL);
}

juru_line_editor *juru_line_editor_open(const char *program) {
    juru_line_editor *editor = calloc(1, sizeof *editor);
    if (!editor) return NULL;
    editor->last_term = -1;
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
    el_set(editor->edit, EL_GETCFN, read_key);
    // Ctrl-C reaches the editor as a key while a line is edited, to clear it.
    el_set(editor->edit, EL_SETTY, "-d", "-isig", NULL);

    if (wake[0] < 0 && pipe(wake) == 0) {
        for (int end = 0; end < 2; end++) {
            fcntl(wake[end], F_SETFL, fcntl(wake[end], F_GETFL) | O_NONBLOCK);
            fcntl(wake[end], F_SETFD, FD_CLOEXEC);
        }
    }
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = on_resize;  // no SA_RESTART: the read returns, the screen is redrawn
    sigemptyset(&action.sa_mask);
    sigaction(SIGWINCH, &action, NULL);
    // A blocked signal mask is inherited: a process started from a thread that blocks
    // signals (a test runner's worker thread, a launcher) would never see a resize.
    sigset_t resize;
    sigemptyset(&resize);
    sigaddset(&resize, SIGWINCH);
    pthread_sigmask(SIG_UNBLOCK, &resize, NULL);

    bind(editor->edit, "juru-term", "insert glossary term N", insert_term,
         (const char *const[]){"\\e1", "\\e2", "\\e3", "\\e4", "\\e5", "\\e6", "\\e7", "\\e8", "\\e9", NULL});
    bind(editor->edit, "juru-term-cycle", "the term's next translation", cycle_term, (const char *const[]){"\\e0", NULL});
    bind(editor->edit, "juru-match", "replace the line with match N", take_match,
         (const char *const[]){"^X1", "^X2", "^X3", "^X4", "^X5", "^X6", "^X7", "^X8", "^X9", NULL});
    bind(editor->edit, "juru-next", "next segment, keeping the line", next_segment,
         (const char *const[]){"\\e[6~", "\\en", NULL});
    bind(editor->edit, "juru-previous", "previous segment, keeping the line", previous_segment,
         (const char *const[]){"\\e[5~", "\\ep", NULL});
    bind(editor->edit, "juru-next-open", "next segment that needs work", next_open_segment,
         (const char *const[]){"\\eu", NULL});
    bind(editor->edit, "juru-interrupt", "clear the line; on an empty line, quit", interrupt,
         (const char *const[]){"^C", NULL});
    bind(editor->edit, "juru-redraw", "redraw the screen", redraw, (const char *const[]){"^L", NULL});
    el_source(editor->edit, NULL);  // the user's ~/.editrc, as other libedit programs read it
    return editor;
}

void juru_line_editor_set_terms(juru_line_editor *editor, const char *const *terms, int count) {
    for (int index = 0; index < editor->term_count; index++) free(editor->terms[index]);
    free(editor->terms);
    editor->terms = NULL;
    editor->term_count = 0;
    editor->last_term = -1;
    if (count <= 0) return;
    editor->terms = calloc((size_t)count, sizeof *editor->terms);
    if (!editor->terms) return;
    for (int index = 0; index < count; index++) editor->terms[index] = strdup(terms[index] ? terms[index] : "");
    editor->term_count = count;
}

char *juru_line_editor_read(juru_line_editor *editor, const char *prompt, const char *initial, int *key, int *argument) {
    free(editor->prompt);
    editor->prompt = strdup(prompt ? prompt : "> ");
    editor->key = JURU_KEY_ENTER;
    editor->argument = 0;
    el_resize(editor->edit);  // the width may have changed since the last line
    // The text to edit is typed into the line before the translator sees it.
    if (initial && *initial) el_push(editor->edit, initial);
    int count = 0;
    const char *line = el_gets(editor->edit, &count);
    if (key) *key = editor->key;
    if (argument) *argument = editor->argument;
    // A key that ends the line on an empty line gives no text, which is not the end of input.
    if ((!line || count <= 0) && editor->key != JURU_KEY_ENTER) return strdup("");
    if (!line || count <= 0) return NULL;
    char *copy = strdup(line);
    size_t length = strlen(copy);
    while (length > 0 && (copy[length - 1] == '\n' || copy[length - 1] == '\r')) copy[--length] = '\0';
    if (length > 0 && editor->key == JURU_KEY_ENTER) history(editor->history, &editor->event, H_ENTER, copy);
    return copy;
}

/* The terminal's size from ioctl TIOCGWINSZ, else the environment variable, else the
   classic 80 x 24. */
static int terminal_size(int rows) {
    struct winsize size;
    if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0) {
        int value = rows ? size.ws_row : size.ws_col;
        if (value > 0) return value;
    }
    const char *variable = getenv(rows ? "LINES" : "COLUMNS");
    int value = variable ? atoi(variable) : 0;
    return value > 0 ? value : (rows ? 24 : 80);
}

int juru_terminal_columns(void) { return terminal_size(0); }

int juru_terminal_rows(void) { return terminal_size(1); }

void juru_stdout_line_buffered(void) { setvbuf(stdout, NULL, _IOLBF, 0); }

void juru_stdout_flush(void) { fflush(stdout); }

void juru_line_editor_close(juru_line_editor *editor) {
    if (!editor) return;
    if (editor->edit) el_end(editor->edit);
    if (editor->history) history_end(editor->history);
    juru_line_editor_set_terms(editor, NULL, 0);
    free(editor->last_inserted);
    free(editor->prompt);
    free(editor);
}
