/** Site paths of each page kind (without the base; wrap them in href()). */
export const planPath = (id: string): string => `/ke-hoach/${id}/`;
export const formsPath = '/bieu-mau/';
export const formPath = (id: string): string => `/bieu-mau/${id}/`;
export const formFillPath = (id: string): string => `/bieu-mau/${id}/dien/`;
export const formDocxPath = (id: string): string => `/bieu-mau/${id}.docx`;
