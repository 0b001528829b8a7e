import express, { Router } from 'express';
import { z } from 'zod';
import { rideStatuses } from '../domain/ride';
import type { RideStore } from '../ports/rideStore';
import type { Logger } from '../ports/logger';
import { validate } from './validate';
import { requireBearer } from './requireBearer';

const statusBody = z.object({ status: z.enum(rideStatuses) });
const confirmationParam = z.object({ confirmation: z.string().regex(/^R[0-9A-Z]{6}$/, 'must be a ride confirmation number') });

/**
 * `PUT /api/rides/:confirmation/status`: the transport company says where a ride is (driver
 * assigned, on the way, done), so "where is my ride" answers with it. Admin token required.
 */
export function rideStatusRoutes(rides: RideStore, adminToken: string | undefined, logger: Logger): Router {
  const router = Router();
  router.put('/api/rides/:confirmation/status', requireBearer(adminToken), express.json({ limit: '4kb', type: () => true }), async (req, res) => {
    const { confirmation } = validate(confirmationParam, req.params, 'path');
    const { status } = validate(statusBody, req.body);
    const ride = await rides.setStatus(confirmation, status);
    logger.info({ ride: 'status', status }, 'ride status updated');
    res.json({ confirmation: ride.confirmation, status: ride.status });
  });
  return router;
}
