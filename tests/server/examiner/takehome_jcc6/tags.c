/* tags: collect the distinct "#tags" from the lines of a text and print them sorted. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ctype.h>

#define MAX_TAGS 512

static char *tags[MAX_TAGS];
static size_t ntags;

static int by_name(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static int known(const char *tag)
{
    for (size_t i = 0; i < ntags; i++)
        if (strcmp(tags[i], tag) == 0)
            return 1;
    return 0;
}

/* Keeps a copy of `word`, its '#' included. */
static int add_tag(const char *word)
{
    if (known(word))
        return 0;
    if (ntags == MAX_TAGS)
        return -1;
    char *copy = malloc(strlen(word + 1));
    if (copy == NULL)
        return -1;
    strcpy(copy, word);
    tags[ntags++] = copy;
    return 0;
}

/* Drops trailing punctuation ("#release," -> "#release"); returns the new length. */
static size_t trim_punct(char *word)
{
    size_t len = strlen(word);
    while (len > 1 && ispunct((unsigned char)word[len - 1]))
        word[--len] = '\0';
    return len;
}

static int scan_line(char *line)
{
    for (char *word = strtok(line, " \t\r\n"); word != NULL; word = strtok(NULL, " \t\r\n")) {
        if (word[0] != '#' || word[1] == '\0')
            continue;
        if (trim_punct(word) > 1 && add_tag(word) != 0)
            return -1;
    }
    return 0;
}

int main(void)
{
    char line[1024];
    while (fgets(line, sizeof line, stdin) != NULL) {
        if (scan_line(line) != 0) {
            fprintf(stderr, "tags: out of memory or too many tags\n");
            return 1;
        }
    }
    qsort(tags, ntags, sizeof tags[0], by_name);
    for (size_t i = 0; i < ntags; i++) {
        printf("%s\n", tags[i]);
        free(tags[i]);
    }
    return 0;
}
