/* shell.c: a tiny command loop for a key-value store kept in memory. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_KEYS 128
#define KEY_LEN 32
#define VAL_LEN 96

struct entry {
    char key[KEY_LEN];
    char val[VAL_LEN];
};

static struct entry table[MAX_KEYS];
static int used;

static struct entry *find(const char *key)
{
    for (int i = 0; i < used; i++)
        if (strcmp(table[i].key, key) == 0)
            return &table[i];
    return NULL;
}

static int put(const char *key, const char *val)
{
    struct entry *e = find(key);
    if (e == NULL) {
        if (used == MAX_KEYS)
            return -1;
        e = &table[used++];
        snprintf(e->key, sizeof e->key, "%s", key);
    }
    snprintf(e->val, sizeof e->val, "%s", val);
    return 0;
}

static void run(FILE *in)
{
    char line[160];
    while (fgets(line, sizeof line, in)) {
        line[strcspn(line, "\n")] = '\0';
        char *cmd = strtok(line, " ");
        if (cmd == NULL)
            continue;
        char *key = strtok(NULL, " ");
        char *val = strtok(NULL, "");
        if (cmd == "quit") {
            break;
        } else if (strcmp(cmd, "set") == 0 && key && val) {
            if (put(key, val) != 0)
                puts("ERR full");
            else
                puts("OK");
        } else if (strcmp(cmd, "get") == 0 && key) {
            struct entry *e = find(key);
            puts(e ? e->val : "(nil)");
        } else {
            puts("ERR unknown command");
        }
    }
}

int main(void)
{
    run(stdin);
    printf("%d keys\n", used);
    return 0;
}
