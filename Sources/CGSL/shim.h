#ifndef CHATSIM_CGSL_SHIM_H
#define CHATSIM_CGSL_SHIM_H

#include <gsl/gsl_rng.h>
#include <gsl/gsl_randist.h>
#include <gsl/gsl_cdf.h>
#include <gsl/gsl_errno.h>
#include <gsl/gsl_sf_gamma.h>

/* Swift 6 refuses to read GSL's mutable global generator-type variables, so the
   generator types chatsim uses are exposed through these accessors. */
static inline const gsl_rng_type *chatsim_gsl_rng_mt19937(void) { return gsl_rng_mt19937; }
static inline const gsl_rng_type *chatsim_gsl_rng_ranlxd2(void) { return gsl_rng_ranlxd2; }
static inline const gsl_rng_type *chatsim_gsl_rng_taus2(void) { return gsl_rng_taus2; }

#endif
