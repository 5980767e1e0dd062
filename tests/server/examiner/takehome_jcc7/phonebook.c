#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_NAME 48
#define MAX_ENTRIES 256

struct entry {
    char name[MAX_NAME];
    char phone[20];
};

struct book {
    struct entry items[MAX_ENTRIES];
    int count;
};

/* Adds an entry where it belongs, so the book stays in alphabetical order. */
static int book_add(struct book *b, const char *name, const char *phone)
{
    if (b->count >= MAX_ENTRIES)
        return -1;
    if (strlen(name) >= MAX_NAME || strlen(phone) >= sizeof b->items[0].phone)
        return -1;
    int at = 0;
    while (at < b->count && strcmp(b->items[at].name, name) == -1)
        at++;
    memmove(&b->items[at + 1], &b->items[at], (size_t)(b->count - at) * sizeof b->items[0]);
    struct entry *e = &b->items[at];
    snprintf(e->name, sizeof e->name, "%s", name);
    snprintf(e->phone, sizeof e->phone, "%s", phone);
    b->count++;
    return 0;
}

static const struct entry *book_find(const struct book *b, const char *name)
{
    int lo = 0, hi = b->count - 1;
    while (lo <= hi) {
        int mid = lo + (hi - lo) / 2;
        int c = strcmp(b->items[mid].name, name);
        if (c == 0)
            return &b->items[mid];
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid - 1;
    }
    return NULL;
}

int main(int argc, char **argv)
{
    static struct book b;
    char name[MAX_NAME], phone[20];

    while (scanf("%47s %19s", name, phone) == 2) {
        if (book_add(&b, name, phone) != 0) {
            fprintf(stderr, "skipped %s\n", name);
        }
    }
    for (int i = 0; i < b.count; i++)
        printf("%-20s %s\n", b.items[i].name, b.items[i].phone);

    for (int i = 1; i < argc; i++) {
        const struct entry *e = book_find(&b, argv[i]);
        printf("%s: %s\n", argv[i], e ? e->phone : "not found");
    }
    return 0;
}
