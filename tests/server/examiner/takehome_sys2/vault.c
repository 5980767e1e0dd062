#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NOTE_MAX 256

/* A tiny notes vault: each note is stored XOR-ed with a key derived from the passphrase. */
struct note {
    char title[64];
    unsigned char body[NOTE_MAX];
    size_t len;
};

static void derive(const char *passphrase, unsigned char *out, size_t n)
{
    size_t plen = strlen(passphrase);
    unsigned h = 2166136261u;
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)passphrase[i % plen];
        h *= 16777619u;
        out[i] = (unsigned char)(h >> 8);
    }
}

static char *ask_passphrase(void)
{
    char line[128];
    if (!fgets(line, sizeof line, stdin))
        return NULL;
    line[strcspn(line, "\n")] = '\0';
    if (line[0] == '\0')
        return NULL;
    return strdup(line);
}

static int open_note(const struct note *n, char *plain, size_t cap)
{
    char *passphrase = ask_passphrase();
    if (!passphrase)
        return -1;
    unsigned char *key = malloc(n->len);
    if (!key) {
        free(passphrase);
        return -1;
    }
    derive(passphrase, key, n->len);
    size_t len = n->len < cap - 1 ? n->len : cap - 1;
    for (size_t i = 0; i < len; i++)
        plain[i] = (char)(n->body[i] ^ key[i]);
    plain[len] = '\0';
    memset(passphrase, 0, strlen(passphrase));
    free(passphrase);
    free(key);
    return 0;
}

int main(void)
{
    struct note n = { .title = "wifi", .len = 5 };
    const unsigned char sealed[5] = { 0x5b, 0x1f, 0x7e, 0x02, 0x44 };
    memcpy(n.body, sealed, sizeof sealed);
    char plain[NOTE_MAX];
    if (open_note(&n, plain, sizeof plain) != 0) {
        fprintf(stderr, "no passphrase\n");
        return 1;
    }
    printf("%s: %s\n", n.title, plain);
    return 0;
}
