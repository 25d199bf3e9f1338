export { mountSidebar, type SidebarHandle, type SidebarProps } from './mount';
export { SIDEBAR_CSS } from './styles';
