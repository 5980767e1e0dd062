/* wordfreq: counts letters and words in the files named on the command
 * line, one thread per file, and prints a histogram of the letters. */
#include <ctype.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

#define MAX_FILES 32

static unsigned long letter_counts[26];
static unsigned long word_total;

static void *count_file(void *arg)
{
    const char *path = arg;
    FILE *fp = fopen(path, "r");
    if (fp == NULL) {
        perror(path);
        return NULL;
    }
    int c;
    int in_word = 0;
    while ((c = fgetc(fp)) != EOF) {
        if (isalpha(c)) {
            letter_counts[tolower(c) - 'a']++;
            if (!in_word) {
                word_total++;
                in_word = 1;
            }
        } else {
            in_word = 0;
        }
    }
    fclose(fp);
    return NULL;
}

static void print_histogram(void)
{
    unsigned long most = 1;
    for (int i = 0; i < 26; i++)
        if (letter_counts[i] > most)
            most = letter_counts[i];
    for (int i = 0; i < 26; i++) {
        int width = (int)(letter_counts[i] * 60 / most);
        printf("%c %8lu ", 'a' + i, letter_counts[i]);
        for (int j = 0; j < width; j++)
            putchar('#');
        putchar('\n');
    }
}

int main(int argc, char **argv)
{
    pthread_t workers[MAX_FILES];
    int started = 0;

    if (argc < 2 || argc - 1 > MAX_FILES) {
        fprintf(stderr, "usage: %s FILE... (at most %d)\n", argv[0], MAX_FILES);
        return EXIT_FAILURE;
    }
    for (int i = 1; i < argc; i++) {
        if (pthread_create(&workers[started], NULL, count_file, argv[i]) != 0) {
            fprintf(stderr, "cannot start a thread for %s\n", argv[i]);
            break;
        }
        started++;
    }
    for (int i = 0; i < started; i++)
        pthread_join(workers[i], NULL);

    printf("%lu words\n", word_total);
    print_histogram();
    return EXIT_SUCCESS;
}
