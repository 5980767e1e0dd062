/* inventory.c: load a CSV of stock items (sku,name,qty,price_cents) and print a
 * restock report for items under a threshold. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NAME_MAX_LEN 64

struct item {
    char sku[16];
    char name[NAME_MAX_LEN];
    int qty;
    long price_cents;
};

struct stock {
    struct item *items;
    size_t count;
    size_t cap;
};

static int stock_add(struct stock *s, const struct item *it)
{
    if (s->count == s->cap) {
        size_t cap = s->cap ? s->cap * 2 : 16;
        struct item *grown = realloc(s->items, cap * sizeof *grown);
        if (grown == NULL)
            return -1;
        s->items = grown;
        s->cap = cap;
    }
    s->items[s->count++] = *it;
    return 0;
}

static int parse_line(const char *line, struct item *out)
{
    char name[NAME_MAX_LEN];
    if (sscanf(line, "%15[^,],%63[^,],%d,%ld", out->sku, name, &out->qty,
               &out->price_cents) != 4)
        return -1;
    snprintf(out->name, sizeof out->name, "%s", name);
    return 0;
}

static struct stock *stock_load(const char *path)
{
    struct stock *s = malloc(sizeof *s);
    s->items = NULL;
    s->count = 0;
    s->cap = 0;

    FILE *f = fopen(path, "r");
    if (f == NULL) {
        free(s);
        return NULL;
    }
    char line[256];
    while (fgets(line, sizeof line, f)) {
        struct item it;
        if (parse_line(line, &it) == 0 && stock_add(s, &it) != 0)
            break;
    }
    fclose(f);
    return s;
}

static void report(const struct stock *s, int threshold)
{
    for (size_t i = 0; i < s->count; i++) {
        const struct item *it = &s->items[i];
        if (it->qty < threshold)
            printf("%-15s %-30s %5d\n", it->sku, it->name, it->qty);
    }
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: %s stock.csv [threshold]\n", argv[0]);
        return 2;
    }
    int threshold = argc > 2 ? (int)strtol(argv[2], NULL, 10) : 5;
    struct stock *stock = stock_load(argv[1]);
    if (stock == NULL) {
        perror(argv[1]);
        return 1;
    }
    report(stock, threshold);
    free(stock->items);
    free(stock);
    return 0;
}
