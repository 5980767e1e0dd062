/* Loads a saved game: a header, then one record per player (name, level, gold), as written
 * by save_game() in the same format. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SAVE_MAGIC 0x53415645u
#define MAX_PLAYERS 8
#define NAME_MAX_LEN 31

struct player {
    char name[NAME_MAX_LEN + 1];
    uint32_t level;
    uint64_t gold;
};

struct save {
    uint32_t count;
    struct player players[MAX_PLAYERS];
};

static int read_u32(FILE *f, uint32_t *out)
{
    return fread(out, sizeof *out, 1, f) == 1 ? 0 : -1;
}

static int read_player(FILE *f, struct player *p)
{
    int32_t name_len;

    if (fread(&name_len, sizeof name_len, 1, f) != 1)
        return -1;
    if (name_len > NAME_MAX_LEN)
        return -1;
    if (fread(p->name, 1, name_len, f) != (size_t)name_len)
        return -1;
    p->name[name_len] = '\0';
    if (read_u32(f, &p->level) != 0)
        return -1;
    if (fread(&p->gold, sizeof p->gold, 1, f) != 1)
        return -1;
    return 0;
}

int load_game(const char *path, struct save *s)
{
    FILE *f = fopen(path, "rb");
    uint32_t magic;
    int rc = -1;

    if (f == NULL)
        return -1;
    memset(s, 0, sizeof *s);
    if (read_u32(f, &magic) != 0 || magic != SAVE_MAGIC)
        goto out;
    if (read_u32(f, &s->count) != 0 || s->count > MAX_PLAYERS)
        goto out;
    for (uint32_t i = 0; i < s->count; i++) {
        if (read_player(f, &s->players[i]) != 0)
            goto out;
    }
    rc = 0;
out:
    fclose(f);
    return rc;
}

int main(int argc, char **argv)
{
    struct save s;

    if (argc != 2) {
        fprintf(stderr, "usage: %s SAVEFILE\n", argv[0]);
        return 2;
    }
    if (load_game(argv[1], &s) != 0) {
        fprintf(stderr, "%s: not a valid save\n", argv[1]);
        return 1;
    }
    for (uint32_t i = 0; i < s.count; i++)
        printf("%-32s level %3u  gold %llu\n", s.players[i].name, s.players[i].level,
               (unsigned long long)s.players[i].gold);
    return 0;
}
