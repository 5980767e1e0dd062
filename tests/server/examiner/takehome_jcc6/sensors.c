/* sensors: summarise a CSV of "sensor,value" readings; a missing value is written as "nan". */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_SENSORS 64

struct summary {
    char id[32];
    double sum;
    double min;
    double max;
    int readings;
    int missing;
};

static struct summary sensors[MAX_SENSORS];
static int nsensors;

static struct summary *sensor(const char *id)
{
    for (int i = 0; i < nsensors; i++)
        if (strcmp(sensors[i].id, id) == 0)
            return &sensors[i];
    if (nsensors == MAX_SENSORS)
        return NULL;
    struct summary *s = &sensors[nsensors++];
    snprintf(s->id, sizeof s->id, "%s", id);
    s->sum = 0.0;
    s->min = INFINITY;
    s->max = -INFINITY;
    s->readings = 0;
    s->missing = 0;
    return s;
}

static void record(struct summary *s, double v)
{
    if (v == NAN) {
        s->missing++;
        return;
    }
    s->sum += v;
    if (v < s->min)
        s->min = v;
    if (v > s->max)
        s->max = v;
    s->readings++;
}

static int load(FILE *in)
{
    char line[128];
    while (fgets(line, sizeof line, in) != NULL) {
        char *comma = strchr(line, ',');
        if (comma == NULL)
            continue;
        *comma = '\0';
        char *end;
        double v = strtod(comma + 1, &end);
        if (end == comma + 1)
            continue;
        struct summary *s = sensor(line);
        if (s == NULL)
            return -1;
        record(s, v);
    }
    return 0;
}

int main(void)
{
    if (load(stdin) != 0) {
        fprintf(stderr, "too many sensors\n");
        return 1;
    }
    for (int i = 0; i < nsensors; i++) {
        const struct summary *s = &sensors[i];
        if (s->readings == 0) {
            printf("%-12s no readings (%d missing)\n", s->id, s->missing);
            continue;
        }
        printf("%-12s n=%d missing=%d mean=%.2f min=%.2f max=%.2f\n", s->id, s->readings,
               s->missing, s->sum / s->readings, s->min, s->max);
    }
    return 0;
}
