#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Reads "key=value" lines from a config file into settings. */
struct settings {
    int port;
    int workers;
    long max_body;
    char name[64];
};

static void trim(char *s) {
    size_t n = strlen(s);
    while (n > 0 && (s[n - 1] == '\n' || s[n - 1] == ' ')) {
        s[--n] = '\0';
    }
}

static int apply(struct settings *cfg, const char *key, const char *value) {
    if (strcmp(key, "port") == 0) {
        cfg->port = atoi(value);
    } else if (strcmp(key, "workers") == 0) {
        cfg->workers = atoi(value);
    } else if (strcmp(key, "max_body") == 0) {
        cfg->max_body = atol(value);
    } else if (strcmp(key, "name") == 0) {
        snprintf(cfg->name, sizeof cfg->name, "%s", value);
    } else {
        return -1;
    }
    return 0;
}

int load_settings(const char *path, struct settings *cfg) {
    FILE *f = fopen(path, "r");
    if (f == NULL) {
        return -1;
    }
    char line[256];
    while (fgets(line, sizeof line, f) != NULL) {
        trim(line);
        char *eq = strchr(line, '=');
        if (eq == NULL || line[0] == '#') {
            continue;
        }
        *eq = '\0';
        if (apply(cfg, line, eq + 1) != 0) {
            fprintf(stderr, "unknown key %s\n", line);
        }
    }
    fclose(f);
    return 0;
}

int main(int argc, char **argv) {
    struct settings cfg = {8080, 4, 1 << 20, "server"};
    if (argc > 1 && load_settings(argv[1], &cfg) != 0) {
        perror(argv[1]);
        return 1;
    }
    if (cfg.workers <= 0 || cfg.port <= 0) {
        fprintf(stderr, "bad config\n");
        return 1;
    }
    printf("%s on port %d with %d workers\n", cfg.name, cfg.port, cfg.workers);
    return 0;
}
