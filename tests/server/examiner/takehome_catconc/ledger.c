/* ledger: a small in-memory bank that moves money between accounts from
 * several teller threads, then prints the balances. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

#define N_ACCOUNTS 4
#define N_TELLERS 4
#define MOVES_PER_TELLER 10000

struct account {
    pthread_mutex_t lock;
    int id;
    long balance;
};

static struct account accounts[N_ACCOUNTS];

static void accounts_init(void)
{
    for (int i = 0; i < N_ACCOUNTS; i++) {
        pthread_mutex_init(&accounts[i].lock, NULL);
        accounts[i].id = i;
        accounts[i].balance = 1000;
    }
}

/* Moves amount from one account to another; returns 0 on success,
 * -1 when the source account cannot cover it. */
static int transfer(struct account *from, struct account *to, long amount)
{
    int rc = -1;
    pthread_mutex_lock(&from->lock);
    pthread_mutex_lock(&to->lock);
    if (from->balance >= amount) {
        from->balance -= amount;
        to->balance += amount;
        rc = 0;
    }
    pthread_mutex_unlock(&to->lock);
    pthread_mutex_unlock(&from->lock);
    return rc;
}

static void *teller(void *arg)
{
    unsigned int seed = (unsigned int)(size_t)arg;
    long refused = 0;
    for (int i = 0; i < MOVES_PER_TELLER; i++) {
        int a = rand_r(&seed) % N_ACCOUNTS;
        int b = rand_r(&seed) % N_ACCOUNTS;
        if (a == b)
            continue;
        if (transfer(&accounts[a], &accounts[b], 1 + rand_r(&seed) % 50) != 0)
            refused++;
    }
    return (void *)refused;
}

int main(void)
{
    pthread_t tellers[N_TELLERS];
    long refused = 0;

    accounts_init();
    for (size_t i = 0; i < N_TELLERS; i++) {
        if (pthread_create(&tellers[i], NULL, teller, (void *)(i + 1)) != 0) {
            fprintf(stderr, "cannot start teller %zu\n", i);
            return EXIT_FAILURE;
        }
    }
    for (int i = 0; i < N_TELLERS; i++) {
        void *result;
        pthread_join(tellers[i], &result);
        refused += (long)result;
    }

    long total = 0;
    for (int i = 0; i < N_ACCOUNTS; i++) {
        printf("account %d: %ld\n", accounts[i].id, accounts[i].balance);
        total += accounts[i].balance;
    }
    printf("total %ld, refused %ld\n", total, refused);
    return EXIT_SUCCESS;
}
