/* jobqueue: a fixed-size queue of jobs shared by one producer and a pool
 * of worker threads that square the numbers they are given. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

#define CAPACITY 16
#define N_WORKERS 3
#define N_JOBS 30

struct queue {
    pthread_mutex_t mu;
    pthread_cond_t not_empty;
    pthread_cond_t not_full;
    int items[CAPACITY];
    int head, count;
};

static struct queue jobs = {
    PTHREAD_MUTEX_INITIALIZER, PTHREAD_COND_INITIALIZER, PTHREAD_COND_INITIALIZER, {0}, 0, 0
};

static void queue_push(struct queue *q, int v)
{
    pthread_mutex_lock(&q->mu);
    while (q->count == CAPACITY)
        pthread_cond_wait(&q->not_full, &q->mu);
    q->items[(q->head + q->count) % CAPACITY] = v;
    q->count++;
    pthread_cond_signal(&q->not_empty);
    pthread_mutex_unlock(&q->mu);
}

static int queue_pop(struct queue *q)
{
    pthread_mutex_lock(&q->mu);
    if (q->count == 0)
        pthread_cond_wait(&q->not_empty, &q->mu);
    int v = q->items[q->head];
    q->head = (q->head + 1) % CAPACITY;
    q->count--;
    pthread_cond_signal(&q->not_full);
    pthread_mutex_unlock(&q->mu);
    return v;
}

static void *worker(void *arg)
{
    long id = (long)arg;
    for (;;) {
        int job = queue_pop(&jobs);
        if (job < 0)
            break;
        printf("worker %ld: %d squared is %d\n", id, job, job * job);
    }
    return NULL;
}

int main(void)
{
    pthread_t workers[N_WORKERS];
    for (long i = 0; i < N_WORKERS; i++) {
        if (pthread_create(&workers[i], NULL, worker, (void *)i) != 0) {
            fprintf(stderr, "cannot start worker %ld\n", i);
            return EXIT_FAILURE;
        }
    }
    for (int j = 1; j <= N_JOBS; j++)
        queue_push(&jobs, j);
    for (int i = 0; i < N_WORKERS; i++)
        queue_push(&jobs, -1);
    for (int i = 0; i < N_WORKERS; i++)
        pthread_join(workers[i], NULL);
    return EXIT_SUCCESS;
}
