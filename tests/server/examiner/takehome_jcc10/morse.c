/* morse: encode a message (the first argument, or a default one) as Morse code. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const LETTERS[26] = {
    ".-", "-...", "-.-.", "-..", ".", "..-.", "--.", "....", "..", ".---", "-.-", ".-..", "--",
    "-.", "---", ".--.", "--.-", ".-.", "...", "-", "..-", "...-", ".--", "-..-", "-.--", "--..",
};

static const char *const DIGITS[10] = {
    "-----", ".----", "..---", "...--", "....-", ".....", "-....", "--...", "---..", "----.",
};

/* The code of one character, or NULL for one Morse has no code for. */
static const char *code_of(char c)
{
    if (c >= 'A' && c <= 'Z')
        return LETTERS[c - 'A'];
    if (c >= '0' && c <= '9')
        return DIGITS[c - '0'];
    return NULL;
}

/* Upper-cases the text in place and squeezes runs of spaces to one. */
static void normalise(char *text)
{
    size_t out = 0;
    for (size_t i = 0; text[i] != '\0'; i++) {
        char c = (char)toupper((unsigned char)text[i]);
        if (c == ' ' && (out == 0 || text[out - 1] == ' '))
            continue;
        text[out++] = c;
    }
    text[out] = '\0';
}

/* Writes the code of `text` to `out`: letters apart by a space, words by " / ". */
static int encode(const char *text, FILE *out)
{
    int skipped = 0;
    for (size_t i = 0; text[i] != '\0'; i++) {
        if (text[i] == ' ') {
            fputs("/ ", out);
            continue;
        }
        const char *code = code_of(text[i]);
        if (code == NULL) {
            skipped++;
            continue;
        }
        fprintf(out, "%s ", code);
    }
    fputc('\n', out);
    return skipped;
}

int main(int argc, char **argv)
{
    char *message = "sos  we are taking on water";
    if (argc > 1)
        message = argv[1];
    char *end = message + strlen(message);
    while (end > message && end[-1] == ' ')
        *--end = '\0';
    normalise(message);
    int skipped = encode(message, stdout);
    if (skipped > 0)
        fprintf(stderr, "%d character(s) have no Morse code and were left out\n", skipped);
    return EXIT_SUCCESS;
}
