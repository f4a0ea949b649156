/*
 * Record-journal segments written through a shared memory mapping (tradecontrols, Apache-2.0).
 *
 * Appending a line to a mapped segment is a copy into memory the kernel already holds as the file's page
 * cache: it survives the process being killed, as a write(2) does, without a system call per line. Node has
 * no binding for mmap; this is the smallest one the journal needs:
 *
 *   map(path, bytes) -> ArrayBuffer   the file created or opened, its blocks reserved (posix_fallocate, so a
 *                                     full disk fails here, not as SIGBUS on a later store), mapped shared,
 *                                     its pages faulted in by a background thread
 *   unmap(arrayBuffer)                detaches the buffer; the mapping goes with its backing store
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <node_api.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#ifndef MADV_POPULATE_WRITE
#define MADV_POPULATE_WRITE 23
#endif

typedef struct {
  void* addr;
  size_t length;
} mapping;

/*
 * Faults the mapping's pages in, writable, on a thread of its own: the first store to each page of a fresh
 * mapping otherwise takes a page fault on the answering thread (measured under a profiler: ~9 us a line on a
 * VM). The region is a copy: the thread touches no state the mapping's release frees. Should the mapping go
 * first (a journal closed at once), madvise fails on the unmapped range and the thread just ends.
 */
static void* populate(void* arg) {
  mapping region = *(mapping*)arg;
  free(arg);
  madvise(region.addr, region.length, MADV_POPULATE_WRITE);
  return NULL;
}

static void populate_in_background(void* addr, size_t length) {
  mapping* region = malloc(sizeof *region);
  if (!region) return;
  region->addr = addr;
  region->length = length;
  pthread_attr_t attr;
  pthread_t thread;
  pthread_attr_init(&attr);
  pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
  if (pthread_create(&thread, &attr, populate, region) != 0) free(region);
  pthread_attr_destroy(&attr);
}

static napi_value fail(napi_env env, const char* what, int code) {
  char message[4200];
  snprintf(message, sizeof message, "%s: %s", what, strerror(code));
  napi_throw_error(env, NULL, message);
  return NULL;
}

static void release(napi_env env, void* data, void* hint) {
  (void)env;
  (void)data;
  mapping* m = hint;
  munmap(m->addr, m->length);
  free(m);
}

static napi_value map(napi_env env, napi_callback_info info) {
  size_t argc = 2;
  napi_value argv[2];
  if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok || argc < 2) {
    napi_throw_type_error(env, NULL, "map(path, bytes)");
    return NULL;
  }
  char path[4096];
  size_t path_length = 0;
  if (napi_get_value_string_utf8(env, argv[0], path, sizeof path, &path_length) != napi_ok ||
      path_length >= sizeof path - 1) {
    napi_throw_type_error(env, NULL, "map: path must be a string under 4096 bytes");
    return NULL;
  }
  int64_t bytes = 0;
  if (napi_get_value_int64(env, argv[1], &bytes) != napi_ok || bytes <= 0) {
    napi_throw_range_error(env, NULL, "map: bytes must be a positive integer");
    return NULL;
  }
  int fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (fd < 0) return fail(env, path, errno);
  int reserved = posix_fallocate(fd, 0, (off_t)bytes);
  if (reserved != 0) {
    close(fd);
    return fail(env, "posix_fallocate", reserved);
  }
  void* addr = mmap(NULL, (size_t)bytes, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
  int mapped = errno;
  close(fd);
  if (addr == MAP_FAILED) return fail(env, "mmap", mapped);
  mapping* m = malloc(sizeof *m);
  if (!m) {
    munmap(addr, (size_t)bytes);
    return fail(env, "malloc", ENOMEM);
  }
  m->addr = addr;
  m->length = (size_t)bytes;
  populate_in_background(addr, (size_t)bytes);
  napi_value buffer;
  if (napi_create_external_arraybuffer(env, addr, (size_t)bytes, release, m, &buffer) != napi_ok) {
    release(env, addr, m);
    napi_throw_error(env, NULL, "map: could not create the buffer");
    return NULL;
  }
  return buffer;
}

static napi_value unmap(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1];
  bool is_buffer = false;
  if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok || argc < 1 ||
      napi_is_arraybuffer(env, argv[0], &is_buffer) != napi_ok || !is_buffer) {
    napi_throw_type_error(env, NULL, "unmap(arrayBuffer)");
    return NULL;
  }
  if (napi_detach_arraybuffer(env, argv[0]) != napi_ok) {
    napi_throw_error(env, NULL, "unmap: the buffer cannot be detached");
    return NULL;
  }
  return NULL;
}

static napi_value init(napi_env env, napi_value exports) {
  napi_property_descriptor methods[] = {
      {"map", NULL, map, NULL, NULL, NULL, napi_default, NULL},
      {"unmap", NULL, unmap, NULL, NULL, NULL, napi_default, NULL},
  };
  napi_define_properties(env, exports, 2, methods);
  return exports;
}

NAPI_MODULE(NODE_GYP_MODULE_NAME, init)
