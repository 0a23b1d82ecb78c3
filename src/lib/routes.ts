/** Site paths of each page kind (without the base; wrap them in href()). */
export const planPath = (id: string): string => `/ke-hoach/${id}/`;
